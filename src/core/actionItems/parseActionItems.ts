import { scanNote, type ScannedNote } from "../markdown/scan";
import type { ActionItem } from "../types";
import { removeDoneDate } from "./doneDate";
import { lineIndent, parseListLine } from "./listLine";
import { nestItem, nestOther, nestReset, newListNesting } from "./listNesting";
import { checkboxOf, statusOf } from "./taskStatus";

/** A blank line, inside a blockquote or not: whitespace and `>` only. */
const BLANK_OR_QUOTE = /^[\s>]*$/;

/**
 * Every Markdown task of a note, in file order: any list marker, nested, in
 * blockquotes and callouts; never in front matter, code or comments. Each item
 * keeps its line and raw text so a later write can find it again.
 */
export function parseActionItems(text: string): ActionItem[] {
	return actionItemsInScan(scanNote(text));
}

/**
 * The tasks of a note already scanned, for callers that read more than the
 * tasks from one note (the index also reads the practice log) and so scan once.
 */
export function actionItemsInScan(scan: ScannedNote): ActionItem[] {
	const nesting = newListNesting();
	const items: ActionItem[] = [];
	// Headings come in line order: follow them with an index rather than a lookup per line.
	let nextHeading = 0;
	let prevBlank = true;
	for (let i = scan.frontmatterEnd + 1; i < scan.lines.length; i++) {
		const raw = scan.lines[i];
		if (scan.kinds[i] !== "text") {
			// Only the first line of a code or comment block can close list items.
			if (scan.kinds[i - 1] !== scan.kinds[i]) {
				const at = lineIndent(raw);
				nestOther(nesting, at.quoteDepth, at.indent, true);
			}
			prevBlank = false;
			continue;
		}
		while (nextHeading < scan.headings.length && scan.headings[nextHeading].line < i) nextHeading++;
		if (scan.headings[nextHeading]?.line === i) {
			nestReset(nesting);
			prevBlank = false;
			continue;
		}
		const list = parseListLine(raw);
		const depth = list ? nestItem(nesting, list.quoteDepth, list.indent, list.contentCol) : null;
		if (list === null || depth === null) {
			const blank = BLANK_OR_QUOTE.test(raw);
			if (!blank) {
				const at = lineIndent(raw);
				nestOther(nesting, at.quoteDepth, at.indent, prevBlank);
			}
			prevBlank = blank;
			continue;
		}
		prevBlank = false;
		const statusChar = checkboxOf(list.content);
		if (statusChar === null) continue;
		const taskText = list.content.slice(statusChar.length + 3);
		items.push({
			line: i,
			raw,
			prefix: list.prefix,
			depth,
			marker: list.marker,
			statusChar,
			status: statusOf(statusChar),
			text: taskText,
			textWithoutDoneDate: removeDoneDate(taskText).trim(),
			inQuote: list.quoteDepth > 0,
		});
	}
	return items;
}
