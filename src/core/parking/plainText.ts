/**
 * One Markdown line reduced to the words a reader sees, so a parked idea's
 * title reads like its first sentence rather than like its source.
 */
import { stripQuote } from "../markdown/scan";

const CALLOUT = /^\[![^\]]*\][+-]?[ \t]*/;
const HEADING = /^#{1,6}(?:[ \t]+|$)/;
const BULLET = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const TASK = /^\[.\](?:[ \t]+|$)/;

/** Removes what starts a line: quotes, callout types, heading marks, bullets, task boxes. */
function stripLinePrefixes(line: string): string {
	let rest = line.trim();
	for (;;) {
		const before = rest;
		rest = stripQuote(rest).rest.trimStart();
		rest = rest.replace(CALLOUT, "").replace(HEADING, "").replace(BULLET, "").replace(TASK, "");
		if (rest === before) return rest;
	}
}

const INLINE_RULES: [RegExp, string][] = [
	[/%%.*?%%/g, ""], // Obsidian comments
	[/<!--.*?-->/g, ""],
	[/`+([^`]*?)`+/g, "$1"], // inline code keeps its text
	[/!?\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2"], // [[target|alias]]
	[/!?\[\[([^\]]*)\]\]/g, "$1"], // [[target]], ![[embed]]
	[/!?\[([^\]]*)\]\([^)]*\)/g, "$1"], // [text](url), ![alt](src)
	[/\[\^[^\]]*\]/g, ""], // footnote references
	[/<\/?[a-z][^>]*>/gi, ""], // HTML tags
	[/(\*\*|__|~~|==)(\S(?:.*?\S)?)\1/g, "$2"],
	[/\*(\S(?:.*?\S)?)\*/g, "$1"],
	[/(^|[^\p{L}\p{N}_])_(\S(?:.*?\S)?)_(?![\p{L}\p{N}_])/gu, "$1$2"], // not snake_case
	[/\s\^[A-Za-z0-9-]+$/, ""], // block id at the end
	[/(^|\s)#{1,6}\s*$/, ""], // closing heading marks
];

/** The visible text of one Markdown line. */
export function markdownLineToPlain(line: string): string {
	let text = stripLinePrefixes(line);
	for (const [pattern, replacement] of INLINE_RULES) text = text.replace(pattern, replacement);
	return text.trim();
}
