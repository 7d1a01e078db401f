import { normalizeTag } from "./normalizeTag";

const TAG_KEY = /^tags?$/i;
const SEPARATOR = /[\s,]/u;
const SEPARATORS = /[\s,]+/u;

/**
 * Tags declared in front matter, normalised and without duplicates.
 *
 * Reads `tags` and the legacy `tag` key in any case (`Tags`, `TAG`), as a list
 * or as one string split on commas and whitespace. Obsidian 1.9 stopped
 * reading the legacy forms, but users' older notes still rely on them.
 * Values that are not strings (numbers, null, nested objects) are skipped.
 */
export function frontmatterTags(fm: Record<string, unknown> | null | undefined): string[] {
	// Notes carry a handful of tags: an array with `includes` beats a Set here (this runs per note at start-up).
	const out: string[] = [];
	if (!fm) return out;
	for (const key in fm) {
		if (!Object.prototype.hasOwnProperty.call(fm, key) || !TAG_KEY.test(key)) continue;
		const value = fm[key];
		const entries: unknown[] = Array.isArray(value) ? value : [value];
		for (const entry of entries) {
			if (typeof entry !== "string") continue;
			const words = SEPARATOR.test(entry) ? entry.split(SEPARATORS) : [entry];
			for (const word of words) {
				const tag = normalizeTag(word);
				if (tag && !out.includes(tag)) out.push(tag);
			}
		}
	}
	return out;
}
