import type { CachedMetadata, MetadataCache, TFile } from "obsidian";
import { countsAsLink } from "../../core/links";
import { frontmatterTags, normalizeTag } from "../../core/tags";
import type { NoteRecord } from "../../core/types";

/**
 * Builds the index's record of a note from Obsidian's metadata cache, without
 * reading the file: tags (front matter, legacy keys included, and inline) and
 * resolved outgoing links. The body is attached later, only for challenges.
 */
export function recordFromCache(file: TFile, cache: CachedMetadata | null, metadataCache: MetadataCache): NoteRecord {
	const fm: Record<string, unknown> | null = cache?.frontmatter ?? null;
	const tags = new Set(frontmatterTags(fm));
	for (const t of cache?.tags ?? []) {
		const n = normalizeTag(t.tag);
		if (n) tags.add(n);
	}
	return {
		path: file.path,
		basename: file.basename,
		mtime: file.stat.mtime,
		frontmatter: fm,
		frontmatterBroken: cache ? cache.frontmatterPosition !== undefined && cache.frontmatter === undefined : false,
		tags: [...tags],
		links: resolvedLinks(file, cache, metadataCache),
	};
}

function resolvedLinks(file: TFile, cache: CachedMetadata | null, metadataCache: MetadataCache): string[] {
	if (!cache) return [];
	const out = new Set<string>();
	const fmLinks = (cache.frontmatterLinks ?? []).filter((l) => countsAsLink(l.key));
	const refs = [...(cache.links ?? []), ...(cache.embeds ?? []), ...fmLinks];
	for (const ref of refs) {
		const linkpath = ref.link.split("#")[0].split("|")[0];
		if (!linkpath) continue;
		const dest = metadataCache.getFirstLinkpathDest(linkpath, file.path);
		if (dest) out.add(dest.path);
	}
	return [...out];
}
