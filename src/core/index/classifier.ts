import { normalizeTag } from "../tags";
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

	constructor(config: IndexConfig) {
		this.challenge = tagQuery(config.challengeTag);
		this.topics = config.topicTags.map(tagQuery).filter((q): q is TagQuery => q !== null);
		const folder = config.justInCaseFolder.normalize("NFC").replace(/^\/+|\/+$/g, "");
		this.folderPrefix = folder === "" ? null : `${folder}/`;
	}

	isChallenge(tags: readonly string[]): boolean {
		return this.challenge !== null && matchesAny(tags, this.challenge);
	}

	isLearning(tags: readonly string[]): boolean {
		return this.topics.some((q) => matchesAny(tags, q));
	}

	/** Inside the just-in-case folder, at any depth (an empty setting parks nothing). */
	isParked(path: string): boolean {
		const prefix = this.folderPrefix;
		if (prefix === null) return false;
		return path.startsWith(prefix) || (!isAscii(path) && path.normalize("NFC").startsWith(prefix));
	}
}

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

function isAscii(s: string): boolean {
	for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
	return true;
}
