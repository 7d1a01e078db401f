import { sessionMinutes } from "../../core/practice";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { notify } from "../../obsidian/notify";
import { currentChallenge, titleOfPath } from "./challengeRef";
import { saveSession } from "./sessionState";

/** Starts timing practice on the current challenge; one session at a time. Returns whether it started. */
export async function startSession(ctx: JitlContext): Promise<boolean> {
	const running = ctx.settings.runningSession;
	if (running) {
		const minutes = sessionMinutes(running.startedAt, ctx.now());
		notify(t("practice.notice.alreadyRunning", { title: titleOfPath(running.challengePath), minutes }));
		return false;
	}
	const challenge = currentChallenge(ctx);
	if (!challenge) {
		notify(t("practice.notice.noCurrent"));
		return false;
	}
	await saveSession(ctx, { challengePath: challenge.path, startedAt: ctx.now() });
	notify(t("practice.notice.started", { title: challenge.title }));
	return true;
}
