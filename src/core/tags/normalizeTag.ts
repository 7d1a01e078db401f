import { isDigitsOnly, TAG_BODY } from "./tagChars";

/**
 * The one spelling of a tag the core compares: lower case, no `#`, trimmed.
 * Returns null for what Obsidian would not accept as a tag (empty, digits only,
 * or holding a character that ends a tag), so callers can drop it.
 * `toLowerCase` is used on purpose: it does not depend on the user's locale.
 */
export function normalizeTag(raw: string): string | null {
	// A vault uses few distinct tags; remembering their normal form keeps start-up cheap.
	let known = memo.get(raw);
	if (known === undefined) {
		known = normalize(raw);
		if (memo.size >= MEMO_LIMIT) memo.clear();
		memo.set(raw, known);
	}
	return known;
}

const MEMO_LIMIT = 10_000;
const memo = new Map<string, string | null>();

function normalize(raw: string): string | null {
	let s = raw.trim();
	if (s.startsWith("#")) s = s.slice(1);
	s = s.toLowerCase();
	if (s === "" || isDigitsOnly(s) || !TAG_BODY.test(s)) return null;
	return s;
}
