import type { JitlContext } from "../../obsidian/JitlContext";
import { say } from "../say";

/**
 * The path of the challenge the sidebar shows as current, once the index is
 * built; null with a Notice when there is none, so a command run from a
 * hotkey never fails silently.
 */
export async function currentChallengePath(ctx: JitlContext): Promise<string | null> {
	if (!ctx.isReady) await ctx.whenReady();
	const chosen = ctx.index.current().chosen;
	if (!chosen) {
		say("challenge.notice.noCurrent");
		return null;
	}
	return chosen.record.path;
}

/** Whether a command about the current challenge applies now (before indexing ends, it may: it waits). */
export function hasCurrentChallenge(ctx: JitlContext): boolean {
	return !ctx.isReady || ctx.index.current().chosen !== null;
}
