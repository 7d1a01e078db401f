/**
 * Hides the parts of a line where a `#` never starts a tag: inline code, HTML
 * comments, wiki links, Markdown links and URLs. Hidden characters become
 * `MASK`, which is neither whitespace nor a tag character, so columns stay
 * where they were and nothing next to a hidden part can start a tag.
 * `%% ... %%` comments are left visible on purpose: Obsidian indexes tags
 * written inside them (a common way to tag a note without showing the tag).
 */
export const MASK = "\u0000";

const WIKI_LINK = /!?\[\[.*?\]\]/g;
const MD_LINK = /!?\[[^\]]*\]\([^)]*\)/g;
const URL = /[a-z][a-z0-9+.-]*:\/\/[^\s<>]+/gi;
const HTML_COMMENT = /<!--.*?(?:-->|$)/g;

export function maskInline(line: string): string {
	// Escaped punctuation (`\[`) cannot open code, links or comments; hide it
	// from the searches below without changing the characters we return.
	const probe = line.replace(/\\[!-/:-@[-`{-~]/g, "\u0001\u0001");
	const hidden: boolean[] = new Array<boolean>(line.length).fill(false);
	const hide = (from: number, to: number) => hidden.fill(true, from, to);

	for (const [from, to] of codeSpans(probe)) hide(from, to);
	for (const re of [HTML_COMMENT, WIKI_LINK, MD_LINK, URL]) {
		for (const m of probe.matchAll(re)) {
			const from = m.index ?? 0;
			if (!hidden[from]) hide(from, from + m[0].length);
		}
	}
	let out = "";
	for (let i = 0; i < line.length; i++) out += hidden[i] ? MASK : line[i];
	return out;
}

/** Ranges of inline code: a run of backticks closed by a run of the same length. */
function codeSpans(s: string): [number, number][] {
	const spans: [number, number][] = [];
	let i = 0;
	while (i < s.length) {
		if (s[i] !== "`") {
			i++;
			continue;
		}
		let j = i;
		while (s[j] === "`") j++;
		const run = j - i;
		const close = findRun(s, j, run);
		if (close === -1) {
			i = j;
			continue;
		}
		spans.push([i, close + run]);
		i = close + run;
	}
	return spans;
}

function findRun(s: string, from: number, run: number): number {
	for (let k = from; k < s.length; k++) {
		if (s[k] !== "`") continue;
		let e = k;
		while (s[e] === "`") e++;
		if (e - k === run) return k;
		k = e;
	}
	return -1;
}
