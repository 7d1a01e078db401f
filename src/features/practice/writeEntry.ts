import { appendPracticeEntry, formatEntry, type NewEntry } from "../../core/practice";
import type { JitlContext } from "../../obsidian/JitlContext";
import { processNote } from "../../obsidian/writes/safeWrite";
import { noteTitle } from "../challenge/noteTitle";
import { updatePracticeProperties } from "./updateProperties";
import { say } from "../say";

/**
 * Logs one entry in a challenge note, then (when the setting is on) its
 * properties, in the same user action. The log line is what matters: it is
 * written first, and when it cannot be written the user gets the line to copy,
 * so a practice session is never silently lost. Returns whether the line landed.
 */
export async function writePracticeEntry(ctx: JitlContext, path: string, entry: NewEntry): Promise<boolean> {
	const line = formatEntry(entry);
	const heading = ctx.settings.practiceLogHeading;
	const written = await processNote(ctx, path, (text) => appendPracticeEntry(text, heading, line));
	if (!written.ok) {
		say("practice.notice.notLogged", { path, line }, 0);
		return false;
	}
	const title = noteTitle(path);
	const error = ctx.settings.updatePracticeProperties ? await updatePracticeProperties(ctx, path) : null;
	if (error === null) say("practice.notice.logged", { minutes: entry.minutes, title });
	else say("practice.notice.propsFailed", { minutes: entry.minutes, title, error }, 0);
	return true;
}
