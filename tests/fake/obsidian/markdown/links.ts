/**
 * Reads the link forms Obsidian records: `[[target|alias]]`, `![[embed]]`,
 * `[text](target)` and `![alt](target)`. External URLs are not part of the cache.
 */
export interface ParsedLink {
	/** Raw link target (decoded for Markdown links). */
	link: string;
	original: string;
	displayText: string;
	embed: boolean;
	/** Length of the source text the link occupies. */
	length: number;
}

/** Display text of a wikilink without alias: subpath separators become " > ". */
function wikiDisplay(target: string): string {
	const shown = target.replace(/#/g, " > ");
	return shown.startsWith(" > ") ? shown.slice(3) : shown;
}

/** Parses a wikilink or embed that starts at `i` (`[[` or `![[`). */
export function parseWikilink(text: string, i: number): ParsedLink | null {
	const embed = text[i] === "!";
	const open = embed ? i + 1 : i;
	if (!text.startsWith("[[", open)) return null;
	const close = text.indexOf("]]", open + 2);
	const lineEnd = text.indexOf("\n", open);
	if (close < 0 || (lineEnd >= 0 && close > lineEnd)) return null;
	const inner = text.slice(open + 2, close);
	if (inner.length === 0) return null;
	const bar = inner.indexOf("|");
	const target = bar > 0 ? inner.slice(0, bar) : inner;
	const alias = bar > 0 ? inner.slice(bar + 1) : undefined;
	const original = text.slice(i, close + 2);
	return {
		link: target,
		original,
		displayText: alias ?? wikiDisplay(target),
		embed,
		length: original.length,
	};
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function decode(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}

/** Parses a Markdown link or image that starts at `i` (`[` or `![`); external URLs give null. */
export function parseMarkdownLink(text: string, i: number): ParsedLink | null {
	const embed = text[i] === "!";
	const open = embed ? i + 1 : i;
	if (text[open] !== "[") return null;
	let depth = 0;
	let j = open;
	for (; j < text.length; j++) {
		const ch = text[j];
		if (ch === "\\") j++;
		else if (ch === "\n") return null;
		else if (ch === "[") depth++;
		else if (ch === "]" && --depth === 0) break;
	}
	if (j >= text.length || text[j + 1] !== "(") return null;
	const labelText = text.slice(open + 1, j);
	let k = j + 2;
	let url: string;
	if (text[k] === "<") {
		const end = text.indexOf(">", k);
		if (end < 0) return null;
		url = text.slice(k + 1, end);
		k = end + 1;
	} else {
		let parens = 0;
		const start = k;
		for (; k < text.length; k++) {
			const ch = text[k];
			if (ch === "\\") k++;
			else if (ch === "(") parens++;
			else if (ch === ")") {
				if (parens === 0) break;
				parens--;
			} else if (/\s/.test(ch)) break;
		}
		url = text.slice(start, k);
	}
	while (text[k] === " ") k++;
	if (text[k] === '"') {
		const end = text.indexOf('"', k + 1);
		if (end < 0) return null;
		k = end + 1;
		while (text[k] === " ") k++;
	}
	if (text[k] !== ")" || url.length === 0 || SCHEME.test(url)) return null;
	const original = text.slice(i, k + 1);
	return { link: decode(url), original, displayText: labelText, embed, length: original.length };
}
