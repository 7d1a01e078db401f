import { appendSection, insertLinesAfter } from "../markdown/lineEdit";
import { findSection, scanNote } from "../markdown/scan";
import type { ActionItem } from "../types";
import { lineIndent } from "./listLine";
import { parseActionItems } from "./parseActionItems";

/**
 * Adds an open task under `heading` (any level, matched case-insensitively).
 * It goes after the section's last task, as a sibling of the section's
 * top-level tasks (same `>` prefix, indentation and bullet, or the next number),
 * so it joins the existing list even inside a callout; when the section has no
 * task, after its last non-blank line. A missing section is created as
 * `## heading` at the end of the note. The file's line endings are kept.
 */
export function appendActionItem(text: string, heading: string, itemText: string): string {
	if (/[\r\n]/.test(itemText)) throw new Error("An action item must be a single line.");
	if (/[\r\n]/.test(heading)) throw new Error("A heading must be a single line.");
	const item = itemText.trim();
	if (item === "") throw new Error("An action item needs some text.");
	if (heading.trim() === "") throw new Error("A heading needs some text.");

	const scan = scanNote(text);
	const section = findSection(scan, heading);
	if (section === null) return appendSection(text, scan.eol, heading.trim(), `- [ ] ${item}`);

	const sub = scan.headings.find((h) => h.line > section.heading.line && h.line < section.end);
	const end = sub ? sub.line : section.end;
	const tasks = parseActionItems(text).filter((t) => t.line >= section.start && t.line < end);
	if (tasks.length > 0) {
		const top = Math.min(...tasks.map((t) => t.depth));
		const model = tasks.filter((t) => t.depth === top).pop() as ActionItem;
		const after = itemEnd(scan.lines, tasks[tasks.length - 1], end);
		return insertLinesAfter(text, after, [`${model.prefix}${nextMarker(model.marker)} [ ] ${item}`], scan.eol);
	}
	let after = section.heading.line;
	for (let i = section.start; i < end; i++) if (scan.lines[i].trim() !== "") after = i;
	return insertLinesAfter(text, after, [`- [ ] ${item}`], scan.eol);
}

/** Last line belonging to a task: the task line and the lines indented under it. */
function itemEnd(lines: string[], task: ActionItem, limit: number): number {
	const base = lineIndent(task.raw);
	let last = task.line;
	for (let i = task.line + 1; i < limit; i++) {
		if (/^[\s>]*$/.test(lines[i])) continue;
		const at = lineIndent(lines[i]);
		if (at.quoteDepth !== base.quoteDepth || at.indent <= base.indent) break;
		last = i;
	}
	return last;
}

function nextMarker(marker: string): string {
	const m = /^(\d+)([.)])$/.exec(marker);
	return m ? `${Number(m[1]) + 1}${m[2]}` : marker;
}
