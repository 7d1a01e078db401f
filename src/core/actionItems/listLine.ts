import { quoteDepthOf, quotePrefixLength } from "../markdown/scan";

/** A list item line taken apart, with columns measured CommonMark's way (tab stops of 4). */
export interface ListLine {
	/** Everything before the marker: `>` prefixes and indentation. */
	prefix: string;
	/** How many `>` the line sits in. */
	quoteDepth: number;
	/** Column of the marker inside its blockquote. */
	indent: number;
	marker: string;
	/** Column where the item's content starts; deeper lines belong to the item. */
	contentCol: number;
	/** Text after the marker and the spaces that follow it. */
	content: string;
}

const ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** Reads a list item line, or returns null when the line is not one. */
export function parseListLine(line: string): ListLine | null {
	const quoteLength = quotePrefixLength(line);
	const rest = line.slice(quoteLength);
	const m = ITEM.exec(rest);
	// Of the list markers only `-` and `*` can also start a thematic break (`- - -`, `***`).
	if (!m || ((m[2] === "-" || m[2] === "*") && THEMATIC_BREAK.test(rest))) return null;
	const [whole, lead, marker, gap] = m;
	const quote = line.slice(0, quoteLength);
	const indent = columns(lead, 0);
	const markerEnd = indent + marker.length;
	const gapWidth = columns(gap, markerEnd) - markerEnd;
	const contentCol = gapWidth === 0 || gapWidth > 4 ? markerEnd + 1 : markerEnd + gapWidth;
	return {
		prefix: quote + lead,
		quoteDepth: quoteDepth(quote),
		indent,
		marker,
		contentCol,
		content: rest.slice(whole.length),
	};
}

/** Column reached after `s` starting at column `start`, tabs stopping every 4 columns. */
export function columns(s: string, start: number): number {
	let col = start;
	for (const ch of s) col = ch === "\t" ? col + 4 - (col % 4) : col + 1;
	return col;
}

export function quoteDepth(quotePrefix: string): number {
	return quoteDepthOf(quotePrefix);
}

/** Indentation column of a line inside its blockquote, and the blockquote depth. */
export function lineIndent(line: string): { quoteDepth: number; indent: number } {
	const quoteLength = quotePrefixLength(line);
	// Columns of the leading spaces and tabs, counted in place rather than on a copy of them.
	let col = 0;
	for (let i = quoteLength; line[i] === " " || line[i] === "\t"; i++) col = line[i] === "\t" ? col + 4 - (col % 4) : col + 1;
	return { quoteDepth: quoteDepth(line.slice(0, quoteLength)), indent: col };
}
