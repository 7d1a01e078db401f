import { splitLines } from "../markdown/scan";
import type { ActionItem } from "../types";
import { replaceLine } from "../markdown/lineEdit";
import { parseActionItems } from "./parseActionItems";
import { toggleLine } from "./toggleLine";
import type { ToggleOptions } from "./toggleLine";

export type ToggleTarget = Pick<ActionItem, "line" | "raw" | "textWithoutDoneDate">;

export type ToggleResult = { ok: true; text: string; line: number } | { ok: false; reason: "gone" | "ambiguous" };

/**
 * Toggles the task the index saw, in the file's current text. The note may
 * have changed since it was indexed: when the task is no longer on its line,
 * it is looked up by its text, and when that finds nothing or more than one
 * task, nothing is written rather than guessing. Every byte outside the
 * toggled line is kept.
 */
export function applyToggle(text: string, target: ToggleTarget, opts: ToggleOptions): ToggleResult {
	const items = parseActionItems(text);
	const lines = splitLines(text);
	let item = lines[target.line] === target.raw ? items.find((it) => it.line === target.line) : undefined;
	if (item === undefined) {
		const same = items.filter((it) => it.textWithoutDoneDate === target.textWithoutDoneDate);
		if (same.length === 0) return { ok: false, reason: "gone" };
		if (same.length > 1) return { ok: false, reason: "ambiguous" };
		item = same[0];
	}
	return { ok: true, text: replaceLine(text, item.line, toggleLine(item.raw, opts)), line: item.line };
}
