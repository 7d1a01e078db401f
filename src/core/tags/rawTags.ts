import { normalizeTag } from "./normalizeTag";

/** An inline tag as Obsidian's metadata cache lists it (`#Tag`, as written). */
export interface RawInlineTag {
	tag: string;
}

/**
 * Whether a front matter property holds tags: `tags`, or the legacy `tag`, in
 * any letter case (`Tags`, `TAG`). Compared by character code: this runs for
 * every property of every note at start-up.
 */
export function isTagKey(key: string): boolean {
	const n = key.length;
	// `c | 32` lower-cases an ASCII letter and maps no other character onto one.
	return (
		(n === 3 || (n === 4 && (key.charCodeAt(3) | 32) === 115)) &&
		(key.charCodeAt(0) | 32) === 116 &&
		(key.charCodeAt(1) | 32) === 97 &&
		(key.charCodeAt(2) | 32) === 103
	);
}

/**
 * Whether `test` accepts one of the raw tag values of a note's front matter,
 * as the metadata cache holds them: each string of its tag properties, a list
 * entry or a whole `a, b c` string, before it is split. Nothing is split or
 * normalised here; `test` (called on `context`) decides, and may remember its
 * answers, since a vault repeats a few values across thousands of notes.
 */
export function someFrontmatterTagValue<C>(fm: Record<string, unknown> | null | undefined, test: (this: C, raw: string) => boolean, context: C): boolean {
	if (!fm) return false;
	for (const key in fm) {
		if (!isTagKey(key) || !Object.prototype.hasOwnProperty.call(fm, key)) continue;
		const value = fm[key];
		if (typeof value === "string") {
			if (test.call(context, value)) return true;
		} else if (Array.isArray(value)) {
			for (const entry of value) if (typeof entry === "string" && test.call(context, entry)) return true;
		}
	}
	return false;
}

const SEPARATOR = /[\s,]/u;
const SEPARATORS = /[\s,]+/u;
const MEMO_LIMIT = 10_000;
const memo = new Map<string, readonly string[]>();

/**
 * The tags one raw value stands for: split on commas and whitespace, each part
 * normalised, those that are not tags dropped (`"#Rust, 2024"` -> `["rust"]`).
 * Remembered per value; callers must not change the returned array.
 */
export function tagsInValue(raw: string): readonly string[] {
	let known = memo.get(raw);
	if (known === undefined) {
		known = SEPARATOR.test(raw) ? tagsOfWords(raw.split(SEPARATORS)) : tagsOfWords([raw]);
		if (memo.size >= MEMO_LIMIT) memo.clear();
		memo.set(raw, known);
	}
	return known;
}

function tagsOfWords(words: string[]): string[] {
	const out: string[] = [];
	for (const word of words) {
		const tag = normalizeTag(word);
		if (tag !== null && !out.includes(tag)) out.push(tag);
	}
	return out;
}
