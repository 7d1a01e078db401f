import { normalizeTag } from "./normalizeTag";

/**
 * Whether `tag` answers a query for `query`, as Obsidian's tag search does:
 * case-insensitive, and a nested tag `a/b` also answers a query for its parent
 * `a` (but `ab` does not). Either side may carry a `#` or any case.
 */
export function tagMatches(tag: string, query: string): boolean {
	const t = normalizeTag(tag);
	const q = normalizeTag(query);
	if (t === null || q === null) return false;
	return t === q || t.startsWith(`${q}/`);
}

/** Whether any of `tags` answers a query for `query` (see {@link tagMatches}). */
export function hasTag(tags: readonly string[], query: string): boolean {
	return tags.some((t) => tagMatches(t, query));
}
