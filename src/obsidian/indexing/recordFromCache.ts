import type { CachedMetadata, MetadataCache, TFile } from "obsidian";
import { countsAsLink } from "../../core/links";
import { frontmatterTags, normalizeTag } from "../../core/tags";
import type { NoteRecord } from "../../core/types";

/** How the index sees a note, from its path and tags alone. */
export interface Relevance {
	/** Whether the index keeps the note at all (it shows it). */
	kept(path: string, tags: string[]): boolean;
	/** Whether its links matter: only parked notes and challenges ("came up" compares the two). */
	needsLinks(path: string, tags: string[]): boolean;
}

/**
 * Builds the index's record of a note from Obsidian's metadata cache, without
 * reading the file: tags (front matter, legacy keys included, and inline) and,
 * for the notes that need them, resolved outgoing links. The body is attached
 * later, only for challenges.
 */
export function recordFromCache(file: TFile, cache: CachedMetadata | null, metadataCache: MetadataCache, relevance: Relevance): NoteRecord | null {
	const fm: Record<string, unknown> | null = cache?.frontmatter ?? null;
	const tags = noteTags(fm, cache);
	const path = file.path;
	const broken = cache ? cache.frontmatterPosition !== undefined && cache.frontmatter === undefined : false;
	// Most notes of a vault are none of the plugin's business: no record is made for them.
	if (!broken && !relevance.kept(path, tags)) return null;
	return {
		path,
		basename: file.basename,
		mtime: file.stat.mtime,
		frontmatter: fm,
		frontmatterBroken: broken,
		tags,
		links: cache && relevance.needsLinks(path, tags) ? resolvedLinks(file, cache, metadataCache) : [],
	};
}

function noteTags(fm: Record<string, unknown> | null, cache: CachedMetadata | null): string[] {
	const tags = fm ? frontmatterTags(fm) : [];
	for (const t of cache?.tags ?? []) {
		const n = normalizeTag(t.tag);
		if (n && !tags.includes(n)) tags.push(n);
	}
	return tags;
}

function resolvedLinks(file: TFile, cache: CachedMetadata, metadataCache: MetadataCache): string[] {
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
