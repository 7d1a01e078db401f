import type { NewEntry } from "../../core/practice";
import type { JitlContext } from "../../obsidian/JitlContext";
import { currentChallenge } from "./challengeRef";
import { LogPracticeModal } from "./LogPracticeModal";
import { writePracticeEntry } from "./writeEntry";
import { say } from "../say";

/**
 * Opens the log form for the current challenge. The note is fixed when the form
 * opens, so switching challenges while typing cannot send the minutes elsewhere.
 */
export function openLogPractice(ctx: JitlContext): void {
	const challenge = currentChallenge(ctx);
	if (!challenge) {
		say("practice.notice.noCurrent");
		return;
	}
	new LogPracticeModal(ctx.app, {
		title: challenge.title,
		today: ctx.today(),
		onSubmit: (entry: NewEntry) => void writePracticeEntry(ctx, challenge.path, entry),
	}).open();
}
