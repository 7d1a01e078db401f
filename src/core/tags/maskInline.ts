/**
 * Hides the parts of a line where a `#` never starts a tag: inline code, HTML
 * comments, wiki links, Markdown links and URLs. Hidden characters become
 * `MASK`, which is neither whitespace nor a tag character, so columns stay
 * where they were and nothing next to a hidden part can start a tag.
 * `%% ... %%` comments are left visible on purpose: Obsidian indexes tags
 * written inside them (a common way to tag a note without showing the tag).
 */
export const MASK = "\u0000";

/** What each hidden part looks like, and a text it cannot match without (a cheap test that skips the search). */
const HIDDEN: [RegExp, string][] = [
	[/<!--.*?(?:-->|$)/g, "<!--"],
	[/!?\[\[.*?\]\]/g, "[["],
	[/!?\[[^\]]*\]\([^)]*\)/g, "]("],
	[/[a-z][a-z0-9+.-]*:\/\/[^\s<>]+/gi, "://"],
];

export function maskInline(line: string): string {
	// Escaped punctuation (`\[`) cannot open code, links or comments; hide it
	// from the searches below without changing the characters we return.
	const probe = line.includes("\\") ? line.replace(/\\[!-/:-@[-`{-~]/g, "\u0001\u0001") : line;
	const hidden: [number, number][] = probe.includes("`") ? codeSpans(probe) : [];
	for (const [re, needle] of HIDDEN) {
		if (!probe.includes(needle)) continue;
		for (const m of probe.matchAll(re)) {
			const from = m.index ?? 0;
			if (!hidden.some(([a, b]) => a <= from && from < b)) hidden.push([from, from + m[0].length]);
		}
	}
	return hidden.length === 0 ? line : applyMask(line, hidden);
}

/** The line with the characters of every hidden range replaced by {@link MASK}. */
function applyMask(line: string, hidden: [number, number][]): string {
	let out = "";
	let at = 0;
	for (const [from, to] of hidden.sort((x, y) => x[0] - y[0])) {
		if (to <= at) continue;
		const start = Math.max(from, at);
		out += line.slice(at, start) + MASK.repeat(to - start);
		at = to;
	}
	return out + line.slice(at);
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
