import { type ToggleTarget, applyToggle } from "../../core/actionItems";
import { splitLines } from "../../core/markdown/scan";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { WriteRefused, processNote } from "../../obsidian/writes/safeWrite";
import { noteTitle } from "./noteTitle";

/**
 * What a sidebar row knows of its item. It is read when the write runs, not
 * when the click happened, and moved to the written line afterwards: a second
 * click queued behind the first then finds the line as the first one left it,
 * even before the index has caught up (and even among identical items).
 */
export interface ToggleHandle {
	target: ToggleTarget;
}

/**
 * Flips one action item inside `Vault.process`, queued per file. The line is
 * used when it still reads as indexed, else found again by its text; when it
 * is gone or ambiguous nothing is written and a Notice says why.
 */
export async function toggleActionItem(ctx: JitlContext, path: string, handle: ToggleHandle): Promise<boolean> {
	const written = await processNote(ctx, path, (text) => {
		const target = handle.target;
		const result = applyToggle(text, target, { doneDate: ctx.settings.doneDate ? ctx.today() : null });
		if (!result.ok) {
			const key = result.reason === "gone" ? "challenge.notice.itemGone" : "challenge.notice.itemAmbiguous";
			throw new WriteRefused(t(key, { text: target.textWithoutDoneDate, title: noteTitle(path) }));
		}
		// Moved here, not after the await: the next queued write may start before this function resumes.
		handle.target = { line: result.line, raw: splitLines(result.text)[result.line], textWithoutDoneDate: target.textWithoutDoneDate };
		return result.text;
	});
	return written.ok;
}
