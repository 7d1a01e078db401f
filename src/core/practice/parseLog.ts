/**
 * Finds the practice log in a challenge note and reads its entries. The log is the
 * section under the configured heading (down to the next heading of the same or a
 * higher level, so sub-sections such as `### 2026` belong to it). Only list lines
 * count; prose is commentary. A list line that is not an entry is reported, so the
 * user can fix it, and is never rewritten.
 */
import type { PracticeEntry, PracticeLog, UnreadableLine } from "../types";
import { isBlank, listContentStart } from "../markdown/lineStart";
import { findSection, scanNote, unquoted, type ScannedNote } from "../markdown/scan";
import { parseEntryLine } from "./parseEntry";

/** Tasks belong to the action items, even when they sit in the log section. */
const TASK = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\](?:[ \t]|$)/;
const STARTS_WITH_DATE = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[\[)?\d{4}-\d{2}-\d{2}/;

export function parsePracticeLog(text: string, heading: string): PracticeLog {
	return practiceLogInScan(scanNote(text), heading);
}

/**
 * The practice log of a note already scanned, for callers that read more than
 * the log from one note (the index also reads the action items) and so scan once.
 */
export function practiceLogInScan(scan: ScannedNote, heading: string): PracticeLog {
	const section = heading.trim() === "" ? null : findSection(scan, heading);
	if (!section) return { headingLine: null, entries: [], unreadable: [] };
	const entries: PracticeEntry[] = [];
	const unreadable: UnreadableLine[] = [];
	// Indentation of the last log item, so that its nested notes are not mistaken for entries.
	let itemIndent: number | null = null;
	for (let i = section.start; i < section.end; i++) {
		if (scan.kinds[i] !== "text") continue;
		const raw = scan.lines[i];
		const rest = unquoted(raw);
		const contentStart = listContentStart(rest);
		if (contentStart === -1) {
			if (!isBlank(rest) && !/^[ \t]/.test(rest)) itemIndent = null;
			continue;
		}
		if (isBlank(rest.slice(contentStart)) || TASK.test(rest)) continue;
		const indent = indentWidth(rest);
		const entry = parseEntryLine(raw, i);
		if (entry) entries.push(entry);
		else if (itemIndent !== null && indent > itemIndent && !STARTS_WITH_DATE.test(rest)) continue;
		else unreadable.push({ line: i, raw });
		itemIndent = indent;
	}
	return { headingLine: section.heading.line, entries, unreadable };
}

/** Width of the line's leading spaces and tabs, a tab counting 4. */
function indentWidth(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length && (s[i] === " " || s[i] === "\t"); i++) n += s[i] === "\t" ? 4 : 1;
	return n;
}
