import { MAX_MINUTES, type NewEntry, sessionToEntry } from "../../core/practice";
import type { RunningSession } from "../../core/settings";
import { formatDay, t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { noteTitle } from "../challenge/noteTitle";
import { LogPracticeModal } from "./LogPracticeModal";
import { clearSession } from "./sessionState";
import { askShortSession } from "./ShortSessionModal";
import { writePracticeEntry } from "./writeEntry";
import { say } from "../say";

/** Contexts with a stop in progress: a double click on the status bar logs once. */
const stopping = new WeakSet<JitlContext>();

/**
 * Stops the running session and logs it on the challenge it was started on
 * (wherever that note has moved since), on the local day it started. A session
 * under a minute asks first; one longer than a day asks for the real minutes.
 * Dismissing either question keeps the timer running, so nothing is lost.
 */
export async function stopSession(ctx: JitlContext): Promise<void> {
	const session = ctx.settings.runningSession;
	if (!session) {
		say("practice.notice.noSession");
		return;
	}
	if (stopping.has(ctx)) return;
	stopping.add(ctx);
	try {
		await finish(ctx, session, ctx.now());
	} finally {
		stopping.delete(ctx);
	}
}

async function finish(ctx: JitlContext, session: RunningSession, stoppedAt: number): Promise<void> {
	let entry: NewEntry = sessionToEntry(session.startedAt, stoppedAt);
	const elapsed = stoppedAt - session.startedAt;
	if (elapsed < 60_000) {
		const choice = await askShortSession(ctx.app, Math.max(0, Math.round(elapsed / 1000)));
		if (choice === "keep") return;
		if (choice === "discard") {
			await clearSession(ctx, session.startedAt);
			say("practice.notice.discarded");
			return;
		}
		entry = { ...entry, minutes: 1 };
	} else if (entry.minutes > MAX_MINUTES) {
		const asked = await askMinutes(ctx, session, entry);
		if (!asked) return;
		entry = asked;
	}
	// The note may have been renamed while a question was open: the session followed it.
	const now = ctx.settings.runningSession;
	const path = now?.startedAt === session.startedAt ? now.challengePath : session.challengePath;
	await writePracticeEntry(ctx, path, entry);
	await clearSession(ctx, session.startedAt);
}

/** The log form, pre-filled with the session; resolves with what the user confirmed, or null. */
function askMinutes(ctx: JitlContext, session: RunningSession, entry: NewEntry): Promise<NewEntry | null> {
	const start = `${formatDay(entry.day)} ${entry.time ?? ""}`.trim();
	return new Promise((resolve) => {
		new LogPracticeModal(ctx.app, {
			title: noteTitle(session.challengePath),
			today: ctx.today(),
			draft: { ...entry, note: t("practice.long.note", { minutes: entry.minutes, start }) },
			onSubmit: resolve,
			onCancel: () => resolve(null),
		}).open();
	});
}
