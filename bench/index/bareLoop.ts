import type { CachedMetadata } from "obsidian";
import type { SyntheticApp } from "./syntheticApp";

/**
 * The baseline of the index build: the least any plugin must do to learn a
 * vault's tags from the metadata cache. One pass over the Markdown files,
 * reading each cache and its tags the way Obsidian's `getAllTags` does
 * (front matter `tags`/`tag`, list or string, then inline tags).
 */
export function bareTagLoop(app: SyntheticApp): number {
	let count = 0;
	for (const file of app.vault.getMarkdownFiles()) {
		const cache = app.metadataCache.getFileCache(file);
		if (cache) count += allTags(cache).length;
	}
	return count;
}

function allTags(cache: CachedMetadata): string[] {
	const out: string[] = [];
	const fm = cache.frontmatter;
	if (fm) {
		for (const key of Object.keys(fm)) {
			if (!/^tags?$/i.test(key)) continue;
			const value: unknown = fm[key];
			const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
			for (const t of list) if (typeof t === "string" && t !== "") out.push(t.startsWith("#") ? t : `#${t}`);
		}
	}
	for (const t of cache.tags ?? []) out.push(t.tag);
	return out;
}
