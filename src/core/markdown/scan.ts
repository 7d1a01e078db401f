/**
 * A line-level scan of a Markdown note: which lines are front matter, code or
 * comments, and where the headings are. Action items, the practice log and
 * inline tags all need to skip the same regions, so they share this scan.
 */
import { isBlank, leadCode, listContentStart, mayBeHeading, mayLeadWith, quoteDepthOf, quotePrefixLength, SPACE, TAB } from "./lineStart";

export type LineKind = "frontmatter" | "code" | "comment" | "text";

export interface Heading {
	line: number;
	level: number;
	text: string;
}

export interface ScannedNote {
	lines: string[];
	kinds: LineKind[];
	headings: Heading[];
	/** Line ending used by the file, kept when writing. */
	eol: "\n" | "\r\n";
	/** Line index of the closing front matter fence, or -1. */
	frontmatterEnd: number;
}

const FENCE = /^(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const INDENTED = /^(?: {4}|\t)/;

/** A fenced code block being read: its fence character and length, and the blockquote depth it opened at. */
interface OpenFence {
	char: string;
	len: number;
	quote: number;
}

/** Splits on `\n`, dropping the `\r` of CRLF files so line text compares equal. */
export function splitLines(text: string): string[] {
	const lines = text.split("\n");
	// Most files have no `\r` at all: then there is nothing to drop and no second array to build.
	if (!text.includes("\r")) return lines;
	return lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
}

export function detectEol(text: string): "\n" | "\r\n" {
	const i = text.indexOf("\n");
	return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}

/** Removes blockquote markers (`>`, `> >`) from the start of a line. */
export function stripQuote(line: string): { prefix: string; rest: string } {
	const n = quotePrefixLength(line);
	if (n === 0) return { prefix: "", rest: line };
	return { prefix: line.slice(0, n), rest: line.slice(n) };
}

/** The line without its blockquote markers (the same string when it has none). */
export function unquoted(line: string): string {
	const n = quotePrefixLength(line);
	return n === 0 ? line : line.slice(n);
}

/** Returns the line index of the closing front matter fence, or -1. */
export function findFrontmatterEnd(lines: string[]): number {
	if (lines.length === 0 || lines[0].trimEnd() !== "---") return -1;
	for (let i = 1; i < lines.length; i++) {
		const t = lines[i].trimEnd();
		if (t === "---" || t === "...") return i;
	}
	return -1;
}

export function scanNote(text: string): ScannedNote {
	const lines = splitLines(text);
	const kinds: LineKind[] = new Array<LineKind>(lines.length).fill("text");
	const headings: Heading[] = [];
	const frontmatterEnd = findFrontmatterEnd(lines);
	for (let i = 0; i <= frontmatterEnd; i++) kinds[i] = "frontmatter";

	let fence: OpenFence | null = null;
	let inPercentComment = false;
	let inHtmlComment = false;
	let inIndentedCode = false;
	let prevBlank = true;
	let listContext = false;

	for (let i = frontmatterEnd + 1; i < lines.length; i++) {
		const line = lines[i];
		const quoteLength = quotePrefixLength(line);
		const rest = line.slice(quoteLength);
		const lead = leadCode(rest);
		const blank = lead === -1 && isBlank(rest);
		const quote = quoteLength === 0 ? 0 : quoteDepthOf(line.slice(0, quoteLength));

		// A fence opened inside a blockquote ends with the blockquote.
		if (fence && quote < fence.quote) fence = null;
		if (fence) {
			kinds[i] = "code";
			const m = FENCE.exec(rest.trimStart());
			const closes = m && m[1][0] === fence.char && m[1].length >= fence.len && rest.trim() === m[1];
			if (closes && quote === fence.quote) fence = null;
			continue;
		}
		if (inPercentComment) {
			kinds[i] = "comment";
			if (countOccurrences(line, "%%") % 2 === 1) inPercentComment = false;
			continue;
		}
		if (inHtmlComment) {
			kinds[i] = "comment";
			if (line.includes("-->")) inHtmlComment = false;
			continue;
		}
		if (inIndentedCode) {
			if (blank || INDENTED.test(line)) {
				kinds[i] = blank ? "text" : "code";
				if (!blank) continue;
				prevBlank = true;
				continue;
			}
			inIndentedCode = false;
		}

		// The checks below look at the line's lead first and run their regexes only when it fits.
		const opened = mayLeadWith(lead, rest, "`") || mayLeadWith(lead, rest, "~") ? openFence(rest, listContext, quote) : null;
		if (opened) {
			kinds[i] = "code";
			fence = opened;
			continue;
		}
		if (prevBlank && !listContext && !blank && INDENTED.test(line)) {
			kinds[i] = "code";
			inIndentedCode = true;
			continue;
		}
		// A quoted line starts with `>`, so only an unquoted line (whose lead is its own) opens a comment.
		if (quoteLength === 0 && opensPercentComment(line, lead)) {
			kinds[i] = "comment";
			inPercentComment = true;
			continue;
		}
		if (quoteLength === 0 && opensHtmlComment(line, lead)) {
			kinds[i] = "comment";
			inHtmlComment = true;
			continue;
		}

		// Headings only count outside blockquotes.
		const h = quoteLength === 0 && mayBeHeading(line) ? HEADING.exec(line) : null;
		if (h) {
			headings.push({ line: i, level: h[1].length, text: (h[2] ?? "").trim() });
			listContext = false;
		} else if (!blank) {
			if (listContentStart(rest) !== -1) listContext = true;
			else if (!startsWithIndent(rest)) listContext = false;
		}
		// A heading is no paragraph: indented code may follow it directly.
		prevBlank = blank || h !== null;
	}
	return { lines, kinds, headings, eol: detectEol(text), frontmatterEnd };
}

/** The fence a line opens, or null. Inside a list, a fence may be indented as deep as the item it belongs to. */
function openFence(rest: string, listContext: boolean, quote: number): OpenFence | null {
	const trimmedStart = listContext ? rest.trimStart() : rest.replace(/^ {0,3}/, "");
	const m = FENCE.exec(trimmedStart);
	// A backtick fence line with another backtick after it is inline code, not a fence.
	if (!m || (m[1][0] === "`" && trimmedStart.slice(m[1].length).includes("`"))) return null;
	return { char: m[1][0], len: m[1].length, quote };
}

/** A line starting with `%%` that leaves a `%%` comment open (an odd number of them). */
function opensPercentComment(line: string, lead: number): boolean {
	return mayLeadWith(lead, line, "%") && line.trimStart().startsWith("%%") && countOccurrences(line, "%%") % 2 === 1;
}

/** A line starting with `<!--` that does not close the comment. */
function opensHtmlComment(line: string, lead: number): boolean {
	return mayLeadWith(lead, line, "<") && line.trimStart().startsWith("<!--") && !line.includes("-->");
}

/** Whether a line starts with a space or a tab (continues the item above it). */
function startsWithIndent(s: string): boolean {
	const c = s.charCodeAt(0);
	return c === SPACE || c === TAB;
}

function countOccurrences(s: string, needle: string): number {
	let n = 0;
	for (let i = s.indexOf(needle); i !== -1; i = s.indexOf(needle, i + needle.length)) n++;
	return n;
}

export interface SectionRange {
	heading: Heading;
	/** First line after the heading. */
	start: number;
	/** Exclusive end: the next heading of the same or a higher level, or the end of the note. */
	end: number;
}

/** Normalises heading text for comparison: trimmed, case-folded, inner whitespace collapsed. */
export function headingKey(text: string): string {
	return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Finds the first section whose heading reads `headingText` (any level, case-insensitive). */
export function findSection(scan: ScannedNote, headingText: string): SectionRange | null {
	const key = headingKey(headingText);
	const idx = scan.headings.findIndex((h) => headingKey(h.text) === key);
	if (idx === -1) return null;
	const heading = scan.headings[idx];
	let end = scan.lines.length;
	for (let j = idx + 1; j < scan.headings.length; j++) {
		if (scan.headings[j].level <= heading.level) {
			end = scan.headings[j].line;
			break;
		}
	}
	return { heading, start: heading.line + 1, end };
}
