/**
 * Writes practice log lines. New entries always use one canonical form, which the
 * reader reads back unchanged, and go to the end of the log's list so that the
 * rest of the note keeps every byte (line endings included).
 */
import type { LocalDay } from "../types";
import { appendSection, insertLinesAfter } from "../markdown/lineEdit";
import { findSection, scanNote, stripQuote, type ScannedNote, type SectionRange } from "../markdown/scan";
import { mustParseDay } from "./days";

export interface NewEntry {
	day: LocalDay;
	/** `HH:MM`. */
	time?: string;
	minutes: number;
	comment?: string;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** `- 2026-11-27 09:30 · 30 min · comment`. Throws on a day, time or duration the reader would refuse. */
export function formatEntry(e: NewEntry): string {
	mustParseDay(e.day); // throws on a day that is not on the calendar
	if (e.time !== undefined && !CLOCK_TIME.test(e.time)) throw new RangeError(`Not a time: ${e.time}`);
	if (!Number.isSafeInteger(e.minutes) || e.minutes < 1) throw new RangeError(`Not a duration: ${e.minutes}`);
	const comment = (e.comment ?? "").replace(/\r\n|\r|\n/g, " ").trim();
	const when = e.time ? `${e.day} ${e.time}` : e.day;
	return `- ${when} · ${e.minutes} min${comment ? ` · ${comment}` : ""}`;
}

/**
 * Adds `entryLine` at the end of the log section's list, or, when the note has no
 * such heading outside code, a new `## heading` section with the line at the end of the note.
 */
export function appendPracticeEntry(text: string, heading: string, entryLine: string): string {
	if (heading.trim() === "") throw new RangeError("The practice log heading is empty");
	const scan = scanNote(text);
	const section = findSection(scan, heading);
	if (!section) return appendSection(text, scan.eol, heading.trim(), entryLine);
	const spot = insertionPoint(scan, section, lastContentLine(text, scan));
	const added = spot.blankBefore ? ["", spot.prefix + entryLine] : [spot.prefix + entryLine];
	return insertLinesAfter(text, spot.after, added, scan.eol);
}

/** Index of the last real line: a trailing newline leaves an empty element behind. */
function lastContentLine(text: string, scan: ScannedNote): number {
	return text.endsWith("\n") ? scan.lines.length - 2 : scan.lines.length - 1;
}

interface Spot {
	/** The new line goes right after this line. */
	after: number;
	/** Blockquote prefix copied from the list, so an entry stays inside a callout. */
	prefix: string;
	blankBefore: boolean;
}

function insertionPoint(scan: ScannedNote, section: SectionRange, lastLine: number): Spot {
	const end = Math.min(section.end - 1, lastLine);
	const headingLines = new Set(scan.headings.map((h) => h.line));
	const isBlankText = (i: number) => scan.kinds[i] === "text" && stripQuote(scan.lines[i]).rest.trim() === "";
	let lastItem = -1;
	for (let i = section.start; i <= end; i++) {
		if (scan.kinds[i] === "text" && LIST_ITEM.test(stripQuote(scan.lines[i]).rest)) lastItem = i;
	}
	if (lastItem !== -1) {
		// Continuation lines (wrapped text, nested code) belong to the last item: go past them.
		let after = lastItem;
		while (after < end && !isBlankText(after + 1) && !headingLines.has(after + 1)) after++;
		return { after, prefix: stripQuote(scan.lines[lastItem]).prefix, blankBefore: false };
	}
	// No list yet: start one after whatever the section says before its first sub-heading.
	let after = section.heading.line;
	for (let i = section.start; i <= end && !headingLines.has(i); i++) {
		if (scan.lines[i].trim() !== "") after = i;
	}
	return { after, prefix: "", blankBefore: after !== section.heading.line };
}
