/**
 * Scans the inline text of one block (paragraph, heading, comment) for tags, links and
 * embeds, skipping what Obsidian skips: code spans, HTML comments, link targets.
 */
import { parseMarkdownLink, parseWikilink, type ParsedLink } from "./links";
import { isValidTagBody, tagBodyLength } from "./tagSyntax";

/** A slice of the note text; consecutive ranges of one block are joined with "\n". */
export interface TextRange {
	from: number;
	to: number;
}

export interface InlineTag {
	tag: string;
	offset: number;
}

export interface InlineLink extends ParsedLink {
	offset: number;
}

export interface InlineResult {
	tags: InlineTag[];
	links: InlineLink[];
}

class Joined {
	readonly text: string;
	private readonly map: { at: number; from: number }[] = [];

	constructor(doc: string, ranges: TextRange[]) {
		let text = "";
		for (const r of ranges) {
			if (text.length > 0) text += "\n";
			this.map.push({ at: text.length, from: r.from });
			text += doc.slice(r.from, r.to);
		}
		this.text = text;
	}

	toDoc(i: number): number {
		let m = this.map[0];
		for (const entry of this.map) {
			if (entry.at <= i) m = entry;
			else break;
		}
		return m.from + (i - m.at);
	}
}

function runLength(text: string, i: number, ch: string): number {
	let n = 0;
	while (text[i + n] === ch) n++;
	return n;
}

/** End index (exclusive) of a code span starting at `i`, or -1 when unclosed. */
function codeSpanEnd(text: string, i: number): number {
	const n = runLength(text, i, "`");
	let j = i + n;
	while (j < text.length) {
		const k = text.indexOf("`", j);
		if (k < 0) return -1;
		const m = runLength(text, k, "`");
		if (m === n) return k + m;
		j = k + m;
	}
	return -1;
}

export function scanInline(doc: string, ranges: TextRange[]): InlineResult {
	const result: InlineResult = { tags: [], links: [] };
	if (ranges.length === 0) return result;
	const joined = new Joined(doc, ranges);
	const text = joined.text;
	let afterEscape = -1;
	for (let i = 0; i < text.length; ) {
		const ch = text[i];
		if (ch === "\\" && i + 1 < text.length && text[i + 1] !== "\n") {
			afterEscape = i + 2;
			i += 2;
			continue;
		}
		if (ch === "`") {
			const end = codeSpanEnd(text, i);
			i = end < 0 ? i + runLength(text, i, "`") : end;
			continue;
		}
		if (text.startsWith("<!--", i)) {
			const end = text.indexOf("-->", i + 4);
			if (end >= 0) {
				i = end + 3;
				continue;
			}
		}
		if (ch === "[" || (ch === "!" && text[i + 1] === "[")) {
			const link = parseWikilink(text, i) ?? parseMarkdownLink(text, i);
			if (link) {
				result.links.push({ ...link, offset: joined.toDoc(i) });
				i += link.length;
				continue;
			}
		}
		if (ch === "#") {
			const prev = i === 0 ? "\n" : text[i - 1];
			if (/\s/.test(prev) || afterEscape === i) {
				const len = tagBodyLength(text, i + 1);
				const body = text.slice(i + 1, i + 1 + len);
				if (isValidTagBody(body)) {
					result.tags.push({ tag: `#${body}`, offset: joined.toDoc(i) });
					i += 1 + len;
					continue;
				}
			}
		}
		i++;
	}
	return result;
}
