import type { JitlContext } from "../../obsidian/JitlContext";

/** A challenge note as the practice commands need it: where to write, what to call it. */
export interface ChallengeRef {
	path: string;
	title: string;
}

/** The current challenge, or null when none is set. */
export function currentChallenge(ctx: JitlContext): ChallengeRef | null {
	const chosen = ctx.index.current().chosen;
	return chosen ? { path: chosen.record.path, title: chosen.record.basename } : null;
}
