import type { CachedMetadata, MetadataCache, TFile } from "obsidian";
import { countsAsLink, mayResolveTo } from "../../core/links";
import { frontmatterTags, normalizeTag } from "../../core/tags";
import type { NoteRecord } from "../../core/types";

/** How the index sees a note, from its path and tags alone. */
export interface Relevance {
	/** Whether the index keeps the note at all (it shows it), from its raw tag values. */
	keeps(path: string, fm: Record<string, unknown> | null, inlineTags: CachedMetadata["tags"]): boolean;
	/** Whether its links matter: only parked notes and challenges ("came up" compares the two). */
	needsLinks(path: string, tags: string[]): boolean;
}

/**
 * Builds the index's record of a note from Obsidian's metadata cache, without
 * reading the file: tags (front matter, legacy keys included, and inline) and,
 * for the notes that need them, outgoing links, resolved when first read. The
 * body is attached later, only for challenges.
 */
export function recordFromCache(file: TFile, cache: CachedMetadata | null, metadataCache: MetadataCache, relevance: Relevance): NoteRecord | null {
	const fm: Record<string, unknown> | null = cache?.frontmatter ?? null;
	// Front matter Obsidian could not parse: a block is there, its values are not.
	const broken = fm === null && cache?.frontmatterPosition !== undefined;
	// Most notes of a vault are none of the plugin's business: no record is made
	// for them, and their tags are not even normalised. This test runs for every
	// note at start-up; making a record, for the few kept, is a call of its own.
	if (!broken && !relevance.keeps(file.path, fm, cache?.tags)) return null;
	return makeRecord(file, cache, fm, broken, metadataCache, relevance);
}

function makeRecord(file: TFile, cache: CachedMetadata | null, fm: Record<string, unknown> | null, broken: boolean, metadataCache: MetadataCache, relevance: Relevance): NoteRecord {
	const path = file.path;
	const tags = noteTags(fm, cache);
	if (!cache || !relevance.needsLinks(path, tags)) return { path, basename: file.basename, mtime: file.stat.mtime, frontmatter: fm, frontmatterBroken: broken, tags, links: [] };
	return new LinkedRecord(path, file.basename, file.stat.mtime, fm, broken, tags, cache, metadataCache);
}

/**
 * The record of a note whose links matter (a parked note, a challenge), with
 * the links resolved on first read. Only the challenge on screen needs all of
 * them; a parked note needs them only when one may point to that challenge
 * (`mayLinkTo`), which most never do. The getter lives on the class: every
 * record then shares one shape (a getter in an object literal gives each
 * record a shape of its own, and an own accessor needs a defineProperty per
 * record; either made the start-up pass much slower). A spread would drop the
 * getter, so records are copied with `withBody`, which keeps the class, and
 * the index refuses a record without `links` (see LearningIndex.upsert).
 */
class LinkedRecord implements NoteRecord {
	private targets: string[] | undefined;
	private resolved: string[] | undefined;

	constructor(
		readonly path: string,
		readonly basename: string,
		readonly mtime: number,
		readonly frontmatter: Record<string, unknown> | null,
		readonly frontmatterBroken: boolean,
		readonly tags: string[],
		private readonly cache: CachedMetadata,
		private readonly metadataCache: MetadataCache,
	) {}

	get links(): string[] {
		return (this.resolved ??= resolve(this.linkTargets(), this.path, this.metadataCache));
	}

	mayLinkTo(path: string): boolean {
		return this.linkTargets().some((t) => mayResolveTo(t, path));
	}

	private linkTargets(): string[] {
		return (this.targets ??= linkpathsOf(this.cache));
	}
}

function noteTags(fm: Record<string, unknown> | null, cache: CachedMetadata | null): string[] {
	const tags = frontmatterTags(fm);
	for (const t of cache?.tags ?? []) {
		const n = normalizeTag(t.tag);
		if (n && !tags.includes(n)) tags.push(n);
	}
	return tags;
}

/** Link targets of body links, embeds and the front matter links that count (alias and heading dropped). */
function linkpathsOf(cache: CachedMetadata): string[] {
	const out: string[] = [];
	const add = (link: string) => {
		const linkpath = link.split("#")[0].split("|")[0];
		if (linkpath) out.push(linkpath);
	};
	for (const ref of cache.links ?? []) add(ref.link);
	for (const ref of cache.embeds ?? []) add(ref.link);
	for (const ref of cache.frontmatterLinks ?? []) if (countsAsLink(ref.key)) add(ref.link);
	return out;
}

function resolve(linkpaths: string[], source: string, metadataCache: MetadataCache): string[] {
	const out = new Set<string>();
	for (const linkpath of linkpaths) {
		const dest = metadataCache.getFirstLinkpathDest(linkpath, source);
		if (dest) out.add(dest.path);
	}
	return [...out];
}
