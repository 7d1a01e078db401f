import { scanNote, stripQuote } from "../markdown/scan";
import type { ScannedNote } from "../markdown/scan";
import { maskInline } from "./maskInline";
import { normalizeTag } from "./normalizeTag";
import { isDigitsOnly, tagRunAt } from "./tagChars";

/** One `#tag` as written in the body. */
export interface TagOccurrence {
	/** As written, with its `#` and original case. */
	tag: string;
	/** 0-based line and column of the `#`. */
	line: number;
	col: number;
}

/**
 * Every inline `#tag` of a note, where Obsidian would index one: outside front
 * matter, code, HTML comments, links and URLs. Tags inside `%% %%` comments
 * count, as they do in Obsidian.
 */
export function inlineTagOccurrences(text: string): TagOccurrence[] {
	return inlineTagOccurrencesInScan(scanNote(text));
}

/** {@link inlineTagOccurrences} of a note already scanned (the report scans each note once for tags and links). */
export function inlineTagOccurrencesInScan(scan: ScannedNote): TagOccurrence[] {
	const percent = scan.kinds.includes("comment") ? percentCommentLines(scan) : null;
	const out: TagOccurrence[] = [];
	scan.lines.forEach((line, i) => {
		// Most lines hold no `#` at all: skip them before the costly masking.
		if (!line.includes("#") || (scan.kinds[i] !== "text" && !percent?.[i])) return;
		const start = stripQuote(line).prefix.length;
		const masked = maskInline(line);
		for (let col = masked.indexOf("#", start); col !== -1; col = masked.indexOf("#", col + 1)) {
			if (!startsTag(masked, col, start)) continue;
			const body = tagRunAt(masked, col + 1);
			if (body !== "" && !isDigitsOnly(body)) out.push({ tag: `#${body}`, line: i, col });
		}
	});
	return out;
}

/** Normalised inline tags of a note, without duplicates, in order of appearance. */
export function inlineTags(text: string): string[] {
	return inlineTagsInScan(scanNote(text));
}

/** {@link inlineTags} of a note already scanned. */
export function inlineTagsInScan(scan: ScannedNote): string[] {
	const out = new Set<string>();
	for (const o of inlineTagOccurrencesInScan(scan)) {
		const tag = normalizeTag(o.tag);
		if (tag) out.add(tag);
	}
	return [...out];
}

/**
 * A `#` starts a tag at the start of the line (after any `>` markers), after
 * whitespace, after emphasis markers that themselves follow whitespace
 * (`**#tag**`), or after an escaped character (`\[#tag`, which Obsidian indexes).
 * `foo#bar` and `[[#heading]]` do not.
 */
function startsTag(s: string, col: number, lineStart: number): boolean {
	let p = col;
	while (p > lineStart && "*=~".includes(s[p - 1])) p--;
	if (p === lineStart || /\s/u.test(s[p - 1])) return true;
	return p === col && col - 2 >= lineStart && s[col - 2] === "\\" && /[!-/:-@[-`{-~]/.test(s[col - 1]);
}

/** Marks the lines of multi-line `%% %%` comments, as opposed to HTML comments. */
function percentCommentLines(scan: ScannedNote): boolean[] {
	const out = new Array<boolean>(scan.lines.length).fill(false);
	let open: "percent" | "html" | null = null;
	scan.lines.forEach((line, i) => {
		if (scan.kinds[i] !== "comment") {
			open = null;
			return;
		}
		const opening = open === null;
		if (opening) open = line.trimStart().startsWith("%%") ? "percent" : "html";
		out[i] = open === "percent";
		const closes = open === "percent" ? (line.split("%%").length - 1) % 2 === 1 : line.includes("-->");
		if (!opening && closes) open = null;
	});
	return out;
}
