import { normalizeTag } from "./normalizeTag";

const TAG_KEY = /^tags?$/i;

/**
 * Tags declared in front matter, normalised and without duplicates.
 *
 * Reads `tags` and the legacy `tag` key in any case (`Tags`, `TAG`), as a list
 * or as one string split on commas and whitespace. Obsidian 1.9 stopped
 * reading the legacy forms, but users' older notes still rely on them.
 * Values that are not strings (numbers, null, nested objects) are skipped.
 */
export function frontmatterTags(fm: Record<string, unknown> | null | undefined): string[] {
	const out = new Set<string>();
	if (!fm) return [];
	for (const [key, value] of Object.entries(fm)) {
		if (!TAG_KEY.test(key)) continue;
		const entries: unknown[] = Array.isArray(value) ? value : [value];
		for (const entry of entries) {
			if (typeof entry !== "string") continue;
			for (const word of entry.split(/[\s,]+/u)) {
				const tag = normalizeTag(word);
				if (tag) out.add(tag);
			}
		}
	}
	return [...out];
}
