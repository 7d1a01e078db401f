import { frontmatterTags, hasTag } from "../../core/tags";

/**
 * Edits made to a note's properties object inside `processFrontMatter`. They
 * change only what they must, under the key spelling the note already uses, so
 * a hand-written `Status:` or a legacy `Tag:` stays as the user wrote it.
 */
export type Properties = Record<string, unknown>;

/** The key already used for `key` (exact first, else any case), or `key` itself. */
export function existingKey(fm: Properties, key: string): string {
	if (key in fm) return key;
	const lower = key.toLowerCase();
	return Object.keys(fm).find((k) => k.toLowerCase() === lower) ?? key;
}

/** Sets a property, writing over the note's own spelling of the key. */
export function setProperty(fm: Properties, key: string, value: unknown): void {
	fm[existingKey(fm, key)] = value;
}

/**
 * Adds `tag` to the `tags` list unless the note already carries it (in any
 * tags key, nested tags included). A legacy singular `tag`/`Tag` key is left
 * exactly as it is: its tags still count, and the new one joins them through
 * the list Obsidian itself reads. A `tags` string becomes a list holding its
 * words plus the new tag, so nothing the user wrote is lost.
 * Returns whether anything changed.
 */
export function addTag(fm: Properties, tag: string, otherTags: readonly string[] = []): boolean {
	if (hasTag(frontmatterTags(fm), tag) || hasTag(otherTags, tag)) return false;
	const key = existingKey(fm, "tags");
	const value = fm[key];
	if (Array.isArray(value)) value.push(tag);
	else if (typeof value === "string") fm[key] = [...value.split(/[\s,]+/u).filter((w) => w !== ""), tag];
	else if (value === null || value === undefined) fm[key] = [tag];
	else fm[key] = [value, tag];
	return true;
}
