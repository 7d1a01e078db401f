import type { LearningIndex } from "../core/index/LearningIndex";
import { normalizeTag } from "../core/tags";

/**
 * Which notes the report must look into, as the plugin decides from the
 * metadata cache (see recordFromCache): most notes of a vault are neither
 * challenges, nor topic notes, nor parked, and the index drops them, so their
 * links are never resolved and no record is made for them.
 */
export interface Relevance {
	/** Whether the index keeps a note with this path and these tags. */
	kept(path: string, tags: string[]): boolean;
	/** Whether its links matter: "came up" compares only parked notes and challenges. */
	needsLinks(path: string, tags: string[]): boolean;
	/** The normalised tags that make a note kept, at any depth (`tag` and `tag/...`). */
	keyTags: string[];
}

/** Every note kept, with its links: what `readVault` returns by default. */
export const KEEP_ALL: Relevance = { kept: () => true, needsLinks: () => true, keyTags: [] };

/** The notes `index` keeps; its settings give the tags that can make a note kept. */
export function indexRelevance(index: LearningIndex): Relevance {
	const { challengeTag, topicTags } = index.settings;
	return {
		kept: (path, tags) => index.wouldKeep(path, tags),
		needsLinks: (path, tags) => index.needsLinks(path, tags),
		keyTags: [challengeTag, ...topicTags].map(normalizeTag).filter((t): t is string => t !== null),
	};
}

/**
 * Whether an inline tag of `text` could be one of `tags` (or nested below one).
 * Such a tag is `#` followed by characters whose lower case starts with it, so
 * the lower-cased text must contain `#tag`. Lower-casing a whole text equals
 * lower-casing its parts but for the Greek final sigma, folded to σ on both
 * sides. False means no inline tag can matter: the note need not be scanned.
 */
export function mayNameTag(text: string, tags: string[]): boolean {
	if (tags.length === 0 || !text.includes("#")) return false;
	const lower = foldSigma(text.toLowerCase());
	return tags.some((t) => lower.includes(`#${foldSigma(t)}`));
}

function foldSigma(s: string): string {
	return s.includes("ς") ? s.replaceAll("ς", "σ") : s;
}
