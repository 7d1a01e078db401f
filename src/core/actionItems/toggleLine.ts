import type { LocalDay } from "../types";
import { addDoneDate, hasDoneDate, removeDoneDate } from "./doneDate";
import { parseListLine } from "./listLine";
import { checkboxOf, statusOf } from "./taskStatus";

export interface ToggleOptions {
	/** Day to stamp as ` ✅ YYYY-MM-DD` when an item gets done; null writes no date. */
	doneDate: LocalDay | null;
}

/**
 * One task line with its status flipped: open (space or any custom marker)
 * becomes `x`, done (`x`/`X`) and cancelled (`-`) become open again. Only the
 * status character changes, plus the done date: added on completion when asked
 * and missing, removed on reopening. Throws when the line is not a task.
 */
export function toggleLine(line: string, opts: ToggleOptions): string {
	const list = parseListLine(line);
	const statusChar = list ? checkboxOf(list.content) : null;
	if (list === null || statusChar === null) throw new Error(`Not a task line: ${line}`);
	const at = line.length - list.content.length + 1;
	const before = line.slice(0, at);
	const after = line.slice(at + statusChar.length);
	if (statusOf(statusChar) === "open") {
		const done = `${before}x${after}`;
		return opts.doneDate !== null && !hasDoneDate(after) ? addDoneDate(done, opts.doneDate) : done;
	}
	return `${before} ${removeDoneDate(after)}`;
}
