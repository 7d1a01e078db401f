/**
 * A line-level scan of a Markdown note: which lines are front matter, code or
 * comments, and where the headings are. Action items, the practice log and
 * inline tags all need to skip the same regions, so they share this scan.
 */

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
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Splits on `\n`, dropping the `\r` of CRLF files so line text compares equal. */
export function splitLines(text: string): string[] {
	return text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
}

export function detectEol(text: string): "\n" | "\r\n" {
	const i = text.indexOf("\n");
	return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}

/** Removes blockquote markers (`>`, `> >`) from the start of a line. */
export function stripQuote(line: string): { prefix: string; rest: string } {
	const m = /^((?:[ \t]{0,3}>[ \t]?)+)/.exec(line);
	if (!m) return { prefix: "", rest: line };
	return { prefix: m[1], rest: line.slice(m[1].length) };
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

	let fence: { char: string; len: number; quote: number } | null = null;
	let inPercentComment = false;
	let inHtmlComment = false;
	let inIndentedCode = false;
	let prevBlank = true;
	let listContext = false;

	for (let i = frontmatterEnd + 1; i < lines.length; i++) {
		const line = lines[i];
		const { prefix, rest } = stripQuote(line);
		const blank = rest.trim() === "";
		const quote = prefix.split(">").length - 1;

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
			if (blank || /^(?: {4}|\t)/.test(line)) {
				kinds[i] = blank ? "text" : "code";
				if (!blank) continue;
				prevBlank = true;
				continue;
			}
			inIndentedCode = false;
		}

		// Inside a list, a fence may be indented as deep as the item it belongs to.
		const trimmedStart = listContext ? rest.trimStart() : rest.replace(/^ {0,3}/, "");
		const fenceMatch = FENCE.exec(trimmedStart);
		if (fenceMatch && !(fenceMatch[1][0] === "`" && trimmedStart.slice(fenceMatch[1].length).includes("`"))) {
			kinds[i] = "code";
			fence = { char: fenceMatch[1][0], len: fenceMatch[1].length, quote };
			continue;
		}
		if (prevBlank && !listContext && !blank && /^(?: {4}|\t)/.test(line)) {
			kinds[i] = "code";
			inIndentedCode = true;
			continue;
		}
		if (line.trimStart().startsWith("%%") && countOccurrences(line, "%%") % 2 === 1) {
			kinds[i] = "comment";
			inPercentComment = true;
			continue;
		}
		if (line.trimStart().startsWith("<!--") && !line.includes("-->")) {
			kinds[i] = "comment";
			inHtmlComment = true;
			continue;
		}

		const h = HEADING.exec(rest);
		if (h && rest === line) {
			headings.push({ line: i, level: h[1].length, text: (h[2] ?? "").trim() });
			listContext = false;
		} else if (!blank) {
			if (LIST_ITEM.test(rest)) listContext = true;
			else if (!/^[ \t]/.test(rest)) listContext = false;
		}
		// A heading is no paragraph: indented code may follow it directly.
		prevBlank = blank || (h !== null && rest === line);
	}
	return { lines, kinds, headings, eol: detectEol(text), frontmatterEnd };
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
