import { sessionMinutes } from "../../core/practice";
import type { JitlContext } from "../../obsidian/JitlContext";
import { noteTitle } from "../challenge/noteTitle";
import { currentChallenge } from "./challengeRef";
import { saveSession } from "./sessionState";
import { say } from "../say";

/** Starts timing practice on the current challenge; one session at a time. Returns whether it started. */
export async function startSession(ctx: JitlContext): Promise<boolean> {
	const running = ctx.settings.runningSession;
	if (running) {
		const minutes = sessionMinutes(running.startedAt, ctx.now());
		say("practice.notice.alreadyRunning", { title: noteTitle(running.challengePath), minutes });
		return false;
	}
	const challenge = currentChallenge(ctx);
	if (!challenge) {
		say("practice.notice.noCurrent");
		return false;
	}
	await saveSession(ctx, { challengePath: challenge.path, startedAt: ctx.now() });
	say("practice.notice.started", { title: challenge.title });
	return true;
}
