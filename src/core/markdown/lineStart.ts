/**
 * Reading the start of a Markdown line by char codes: its indentation,
 * blockquote markers and list marker. The parsers run these on every line of
 * a note, so they look at a character or two and settle most lines without a
 * regex or a copied string. Each function says which pattern it stands for.
 */

export const TAB = 9;
export const SPACE = 32;
const HASH = 35;
const CLOSE_PAREN = 41;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const GT = 62;

const QUOTE = /^(?:[ \t]{0,3}>[ \t]?)+/;

/**
 * Index of the first character from `from` on that is not a space or a tab,
 * skipping at most `max` of them.
 */
export function skipIndent(s: string, from: number, max: number): number {
	let i = from;
	while (i - from < max) {
		const c = s.charCodeAt(i);
		if (c !== SPACE && c !== TAB) break;
		i++;
	}
	return i;
}

/**
 * Length of the blockquote markers (QUOTE) at the start of a line, 0 when it
 * has none. A `>` must come after at most three spaces or tabs, so one look
 * settles the many lines that are not quoted.
 */
export function quotePrefixLength(line: string): number {
	if (line.charCodeAt(skipIndent(line, 0, 3)) !== GT) return 0;
	return QUOTE.exec(line)?.[0].length ?? 0;
}

/** How many `>` a blockquote prefix holds: the quote depth of its line. */
export function quoteDepthOf(prefix: string): number {
	let n = 0;
	for (let i = prefix.indexOf(">"); i !== -1; i = prefix.indexOf(">", i + 1)) n++;
	return n;
}

/** Whether a string is empty or whitespace only, as `s.trim() === ""` says, without the copy. */
export function isBlank(s: string): boolean {
	// A visible ASCII first character settles it for most lines.
	const c = s.charCodeAt(0);
	if (c > 32 && c < 127) return false;
	return s.trim() === "";
}

/**
 * A line's lead: the first character after its spaces and tabs, as a char
 * code, when it is visible ASCII; -1 otherwise (end of line, rarer whitespace,
 * non-ASCII). Block syntax (fences, comments, headings, list markers) shows in
 * the lead, so most lines are sorted by it at once.
 */
export function leadCode(s: string): number {
	const c = s.charCodeAt(skipIndent(s, 0, s.length));
	return c > 32 && c < 127 ? c : -1;
}

/**
 * Whether `s`, with lead `lead`, may start with the ASCII character `ch` once
 * trimmed. A line without a known lead may be indented with rarer whitespace,
 * which trimming removes too, so it answers "maybe" when `ch` occurs at all.
 */
export function mayLeadWith(lead: number, s: string, ch: string): boolean {
	return lead === -1 ? s.includes(ch) : lead === ch.charCodeAt(0);
}

/** Whether the line may be an ATX heading: up to three spaces, then `#`. */
export function mayBeHeading(line: string): boolean {
	return line.charCodeAt(skipSpaces(line, 3)) === HASH;
}

function skipSpaces(s: string, max: number): number {
	let i = 0;
	while (i < max && s.charCodeAt(i) === SPACE) i++;
	return i;
}

/**
 * End of the list marker starting at `at` (`-`, `*`, `+`, or one to nine
 * digits and `.` or `)`), or -1 when there is none.
 */
export function listMarkerEnd(s: string, at: number): number {
	const c = s.charCodeAt(at);
	if (c === DASH || c === STAR || c === PLUS) return at + 1;
	let i = at;
	while (i - at < 9 && isDigit(s.charCodeAt(i))) i++;
	if (i === at) return -1;
	const after = s.charCodeAt(i);
	return after === DOT || after === CLOSE_PAREN ? i + 1 : -1;
}

/**
 * Where the content of the list item in `s` starts (past indentation, marker
 * and the spaces after it), or -1 when `s` is not a list item: the pattern
 * `^[ \t]*([-*+]|\d{1,9}[.)])([ \t]+|$)`. The marker must be followed by a
 * space, a tab or the end of the line (`-x` and `1.5` are not items).
 */
export function listContentStart(s: string): number {
	const markerEnd = listMarkerEnd(s, skipIndent(s, 0, s.length));
	return markerEnd === -1 ? -1 : contentStartAfter(s, markerEnd);
}

/**
 * Where a list item's content starts after its marker ends at `markerEnd`:
 * past the spaces and tabs, of which there must be one unless the line ends
 * there; -1 otherwise.
 */
export function contentStartAfter(s: string, markerEnd: number): number {
	const contentStart = skipIndent(s, markerEnd, s.length);
	return contentStart > markerEnd || markerEnd === s.length ? contentStart : -1;
}

function isDigit(c: number): boolean {
	return c >= DIGIT_0 && c <= DIGIT_9;
}
