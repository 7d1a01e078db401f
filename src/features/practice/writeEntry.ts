import { appendPracticeEntry, formatEntry, type NewEntry } from "../../core/practice";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { notify } from "../../obsidian/notify";
import { processNote } from "../../obsidian/writes/safeWrite";
import { titleOfPath } from "./challengeRef";
import { updatePracticeProperties } from "./updateProperties";

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
		notify(t("practice.notice.notLogged", { path, line }), 0);
		return false;
	}
	const title = titleOfPath(path);
	const error = ctx.settings.updatePracticeProperties ? await updatePracticeProperties(ctx, path) : null;
	if (error === null) notify(t("practice.notice.logged", { minutes: entry.minutes, title }));
	else notify(t("practice.notice.propsFailed", { minutes: entry.minutes, title, error }), 0);
	return true;
}
