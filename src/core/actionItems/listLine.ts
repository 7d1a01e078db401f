import { contentStartAfter, listMarkerEnd, quoteDepthOf, quotePrefixLength, skipIndent, TAB } from "../markdown/lineStart";

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

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Reads a list item line, or returns null when the line is not one: after any
 * blockquote markers, the pattern `([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)`.
 */
export function parseListLine(line: string): ListLine | null {
	const quoteLength = quotePrefixLength(line);
	const leadEnd = skipIndent(line, quoteLength, line.length);
	const markerEnd = listMarkerEnd(line, leadEnd);
	if (markerEnd === -1) return null;
	const contentStart = contentStartAfter(line, markerEnd);
	if (contentStart === -1) return null;
	const marker = line.slice(leadEnd, markerEnd);
	// A thematic break (`- - -`, `* * *`) repeats its marker right after the first one.
	if (line[contentStart] === marker && THEMATIC_BREAK.test(line.slice(quoteLength))) return null;
	const indent = columns(line, quoteLength, leadEnd, 0);
	const markerCol = indent + marker.length;
	const gapWidth = columns(line, markerEnd, contentStart, markerCol) - markerCol;
	const contentCol = gapWidth === 0 || gapWidth > 4 ? markerCol + 1 : markerCol + gapWidth;
	return {
		prefix: line.slice(0, leadEnd),
		quoteDepth: quoteDepthOf(line.slice(0, quoteLength)),
		indent,
		marker,
		contentCol,
		content: line.slice(contentStart),
	};
}

/**
 * Column reached after the spaces and tabs of `line` from `from` to `to`,
 * starting at column `startCol`, tabs stopping every 4 columns.
 */
export function columns(line: string, from: number, to: number, startCol: number): number {
	let col = startCol;
	for (let i = from; i < to; i++) col = line.charCodeAt(i) === TAB ? col + 4 - (col % 4) : col + 1;
	return col;
}

/** Indentation column of a line inside its blockquote, and the blockquote depth. */
export function lineIndent(line: string): { quoteDepth: number; indent: number } {
	const quoteLength = quotePrefixLength(line);
	const indent = columns(line, quoteLength, skipIndent(line, quoteLength, line.length), 0);
	return { quoteDepth: quoteDepthOf(line.slice(0, quoteLength)), indent };
}
