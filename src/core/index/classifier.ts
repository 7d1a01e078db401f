import { normalizeTag, type RawInlineTag, someFrontmatterTagValue, tagsInValue } from "../tags";
import type { IndexConfig } from "./config";

/**
 * The settings' tags and folder, prepared once so that classifying a note is a
 * few string comparisons: this runs for every note of the vault at start-up.
 * Record tags are already normalised (lower case, no `#`).
 */
export class NoteClassifier {
	private readonly challenge: TagQuery | null;
	private readonly topics: TagQuery[];
	private readonly folderPrefix: string | null;
	/** Raw tag value -> whether it makes a note a challenge or a learning note. */
	private readonly rawAnswers = new Map<string, boolean>();
	/** By ASCII code: 1 when a configured tag starts with that character in either case. */
	private readonly asciiStarts = new Uint8Array(128);

	constructor(config: IndexConfig) {
		this.challenge = tagQuery(config.challengeTag);
		this.topics = config.topicTags.map(tagQuery).filter((q): q is TagQuery => q !== null);
		const folder = config.justInCaseFolder.normalize("NFC").replace(/^\/+|\/+$/g, "");
		this.folderPrefix = folder === "" ? null : `${folder}/`;
		const queries = this.challenge ? [this.challenge, ...this.topics] : this.topics;
		for (const q of queries) {
			const c = q.tag.charCodeAt(0);
			if (c < 128) this.asciiStarts[c] = this.asciiStarts[c >= 97 && c <= 122 ? c - 32 : c] = 1;
		}
	}

	isChallenge(tags: readonly string[]): boolean {
		return this.challenge !== null && matchesAny(tags, this.challenge);
	}

	isLearning(tags: readonly string[]): boolean {
		for (const q of this.topics) if (matchesAny(tags, q)) return true;
		return false;
	}

	/** Inside the just-in-case folder, at any depth (an empty setting parks nothing). */
	isParked(path: string): boolean {
		const prefix = this.folderPrefix;
		if (prefix === null) return false;
		if (path.startsWith(prefix)) return true;
		// The path may be in another Unicode form than the setting (NFD on macOS),
		// unless an ASCII character already tells them apart: NFC leaves ASCII as is.
		return !differsInAscii(path, prefix) && path.normalize("NFC").startsWith(prefix);
	}

	/**
	 * Whether the index keeps a note, told from its path and its raw tag values
	 * (front matter strings, inline tags as written) before any tag is split or
	 * normalised: the same answer as isParked || isChallenge || isLearning on its
	 * normalised tags. Most notes of a vault are dropped here, at the cost of a
	 * few remembered lookups.
	 */
	keeps(path: string, fm: Record<string, unknown> | null | undefined, inline: readonly RawInlineTag[] | undefined): boolean {
		// eslint-disable-next-line @typescript-eslint/unbound-method -- called with this classifier as receiver
		if (this.isParked(path) || someFrontmatterTagValue(fm, this.rawKeeps, this)) return true;
		if (inline) for (const t of inline) if (this.inlineKeeps(t.tag)) return true;
		return false;
	}

	/**
	 * An inline tag is one word (the cache never holds one with a space or a
	 * comma, which end a tag), `#` first: when the next character is ASCII,
	 * its lower case is the tag's first letter, and one that starts none of the
	 * configured tags settles it without a lookup.
	 */
	private inlineKeeps(tag: string): boolean {
		const c = tag.charCodeAt(1);
		if (tag.charCodeAt(0) === 35 && c < 128 && this.asciiStarts[c] === 0) return false;
		return this.rawKeeps(tag);
	}

	/** Whether a raw value makes a note a challenge or a learning note; remembered. */
	private rawKeeps(raw: string): boolean {
		let known = this.rawAnswers.get(raw);
		if (known === undefined) {
			const tags = tagsInValue(raw);
			known = this.isChallenge(tags) || this.isLearning(tags);
			if (this.rawAnswers.size >= RAW_MEMO_LIMIT) this.rawAnswers.clear();
			this.rawAnswers.set(raw, known);
		}
		return known;
	}
}

const RAW_MEMO_LIMIT = 10_000;

interface TagQuery {
	tag: string;
	prefix: string;
}

function tagQuery(raw: string): TagQuery | null {
	const tag = normalizeTag(raw);
	return tag === null ? null : { tag, prefix: `${tag}/` };
}

function matchesAny(tags: readonly string[], q: TagQuery): boolean {
	for (const t of tags) if (t === q.tag || t.startsWith(q.prefix)) return true;
	return false;
}

/**
 * Whether the first character where `path` leaves `prefix` is ASCII on both
 * sides. Then the NFC form of the path cannot start with the prefix either:
 * an ASCII character never composes with the one before it, so NFC keeps the
 * matching part and the differing character stays (or becomes non-ASCII).
 */
function differsInAscii(path: string, prefix: string): boolean {
	for (let i = 0; i < prefix.length; i++) {
		const a = path.charCodeAt(i);
		const b = prefix.charCodeAt(i);
		if (a !== b) return a < 128 && b < 128;
	}
	return false;
}
