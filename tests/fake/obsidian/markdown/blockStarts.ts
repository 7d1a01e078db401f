/**
 * Recognisers for the starts of Markdown blocks (CommonMark rules, plus Obsidian's
 * `%%` comments and `$$` math), tested on the text after container prefixes.
 */
export interface ListMarker {
	ordered: boolean;
	/** `-`, `*`, `+` for bullets; `.` or `)` for ordered lists. */
	marker: string;
	start: number;
	width: number;
}

export function listMarkerAt(text: string, i: number): ListMarker | null {
	const rest = text.slice(i);
	const bullet = /^([-*+])(?=[ \t]|$)/.exec(rest);
	if (bullet) return { ordered: false, marker: bullet[1], start: 0, width: 1 };
	const ordered = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(rest);
	if (ordered) return { ordered: true, marker: ordered[2], start: Number(ordered[1]), width: ordered[0].length };
	return null;
}

export function isThematicBreak(rest: string): boolean {
	return /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(rest);
}

export interface AtxHeading {
	level: number;
	/** Start and end of the heading text inside `rest`. */
	from: number;
	to: number;
}

export function atxHeading(rest: string): AtxHeading | null {
	const m = /^(#{1,6})(?=[ \t]|$)/.exec(rest);
	if (!m) return null;
	let to = rest.length;
	const closing = /(?:^|[ \t]+)#+[ \t]*$/.exec(rest.slice(m[0].length));
	if (closing) to = m[0].length + closing.index;
	let from = m[0].length;
	while (from < to && (rest[from] === " " || rest[from] === "\t")) from++;
	while (to > from && (rest[to - 1] === " " || rest[to - 1] === "\t")) to--;
	return { level: m[1].length, from, to };
}

export interface FenceOpen {
	char: string;
	length: number;
}

export function fenceOpen(rest: string): FenceOpen | null {
	const m = /^(`{3,}|~{3,})(.*)$/.exec(rest);
	if (!m || (m[1][0] === "`" && m[2].includes("`"))) return null;
	return { char: m[1][0], length: m[1].length };
}

export function closesFence(rest: string, fence: FenceOpen): boolean {
	const m = /^(`+|~+)[ \t]*$/.exec(rest);
	return m !== null && m[1][0] === fence.char && m[1].length >= fence.length;
}

const BLOCK_TAGS = new Set(
	("address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt " +
		"fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link " +
		"main menu menuitem nav noframes ol optgroup option p param pre script search section style summary table tbody " +
		"td textarea tfoot th thead title tr track ul").split(" "),
);

/** An HTML block that runs until a blank line (CommonMark kinds 1 and 6, simplified). */
export function isHtmlBlockStart(rest: string): boolean {
	const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)(?=[ \t>]|\/>|$)/.exec(rest);
	return m !== null && BLOCK_TAGS.has(m[1].toLowerCase());
}

/** The four kinds of "raw" leaf blocks whose content is not parsed as Markdown blocks. */
export type RawKind = "fence" | "htmlComment" | "html" | "comment" | "math";

/** Whether the text starts any block other than a paragraph line. */
export function startsNonParagraph(rest: string): boolean {
	return (
		rest.startsWith(">") ||
		isThematicBreak(rest) ||
		atxHeading(rest) !== null ||
		fenceOpen(rest) !== null ||
		rest.startsWith("<!--") ||
		isHtmlBlockStart(rest) ||
		rest.startsWith("%%") ||
		rest.startsWith("$$")
	);
}

/** Whether a list item may start while a paragraph is open (CommonMark rule). */
export function canInterruptParagraph(marker: ListMarker, afterMarker: string): boolean {
	if (/^[ \t]*$/.test(afterMarker)) return false;
	return !marker.ordered || marker.start === 1;
}
