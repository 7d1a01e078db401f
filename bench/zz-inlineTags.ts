import { scanNote, stripQuote } from "../src/core/markdown/scan";
import type { ScannedNote } from "../src/core/markdown/scan";
import { maskInline } from "../src/core/tags/maskInline";
import { normalizeTag } from "../src/core/tags/normalizeTag";
import { isDigitsOnly, tagRunAt } from "../src/core/tags/tagChars";

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
	const scan = scanNote(text);
	const percent = percentCommentLines(scan);
	const out: TagOccurrence[] = [];
	scan.lines.forEach((line, i) => {
		if (scan.kinds[i] !== "text" && !percent[i]) return;
		if (!line.includes("#")) return;
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
	const out = new Set<string>();
	for (const o of inlineTagOccurrences(text)) {
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
