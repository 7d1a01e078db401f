import { someFrontmatterTagValue, tagsInValue } from "./rawTags";

/**
 * Tags declared in front matter, normalised and without duplicates.
 *
 * Reads `tags` and the legacy `tag` key in any case (`Tags`, `TAG`), as a list
 * or as one string split on commas and whitespace. Obsidian 1.9 stopped
 * reading the legacy forms, but users' older notes still rely on them.
 * Values that are not strings (numbers, null, nested objects) are skipped.
 */
export function frontmatterTags(fm: Record<string, unknown> | null | undefined): string[] {
	// Notes carry a handful of tags: an array with `includes` beats a Set here.
	const out: string[] = [];
	someFrontmatterTagValue(fm, addTagsOf, out);
	return out;
}

function addTagsOf(this: string[], raw: string): boolean {
	for (const tag of tagsInValue(raw)) if (!this.includes(tag)) this.push(tag);
	return false;
}
