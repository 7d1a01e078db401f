/**
 * Tag and front matter readers with Obsidian 1.9+ semantics: only the `tags` key counts
 * (no `tag`; letter case of the key is ignored, as Obsidian's key regex did before 1.9),
 * a string value is one tag (so "a, b" is no valid tag and is dropped), and `getAllTags`
 * lists front matter tags before body tags.
 */
import type { CachedMetadata, FrontMatterCache } from "obsidian";
import { isWholeTag } from "./markdown/tagSyntax";

export function parseFrontMatterTags(frontmatter: FrontMatterCache | null | undefined): string[] | null {
	if (!frontmatter) return null;
	const value = parseFrontMatterEntry(frontmatter, /^tags$/i);
	if (value === null || value === undefined) return null;
	const entries = Array.isArray(value) ? value : [value];
	const tags: string[] = [];
	for (const entry of entries) {
		if (typeof entry !== "string") continue;
		const body = entry.startsWith("#") ? entry.slice(1) : entry;
		if (isWholeTag(body)) tags.push(`#${body}`);
	}
	return tags;
}

export function getAllTags(cache: CachedMetadata): string[] | null {
	return [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
}

export function parseFrontMatterEntry(frontmatter: FrontMatterCache | null | undefined, key: string | RegExp): unknown {
	if (!frontmatter) return null;
	const record = frontmatter as Record<string, unknown>;
	if (typeof key === "string") return record[key] ?? null;
	const found = Object.keys(record).find((k) => key.test(k));
	return found === undefined ? null : record[found];
}

export function parseFrontMatterStringArray(frontmatter: FrontMatterCache | null | undefined, key: string | RegExp, nospaces?: boolean): string[] | null {
	const value = parseFrontMatterEntry(frontmatter, key);
	if (value === null || value === undefined) return null;
	const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
	return nospaces ? list.filter((v) => !/\s/.test(v)) : list;
}

export function parseFrontMatterAliases(frontmatter: FrontMatterCache | null | undefined): string[] | null {
	return parseFrontMatterStringArray(frontmatter, "aliases");
}
