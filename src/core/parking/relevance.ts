/**
 * Whether a parked note "came up": it touches the current challenge, so the
 * idea kept "just in case" may be needed now. The sidebar lists these first.
 */

export interface LinkedNote {
	path: string;
	/** Tags without `#`, any case. */
	tags: string[];
	/** Resolved vault paths this note links to. */
	links: string[];
	/** False when the note certainly does not link to the path (its links need not be resolved). */
	mayLinkTo?: (path: string) => boolean;
}

export type CameUpReason = { kind: "tag"; tag: string } | { kind: "links-to" } | { kind: "linked-from" };

function tagKey(tag: string): string {
	return tag.replace(/^#/, "").normalize("NFC").toLowerCase();
}

/** True when `tag` is `query` or nested below it (`rust/async` is under `rust`). */
function isUnder(tag: string, query: string): boolean {
	return tag === query || tag.startsWith(`${query}/`);
}

/**
 * Why `parked` came up for `challenge`, or null. In order: a shared tag, a
 * link from the parked note, a link from the challenge. Tags compare
 * case-insensitively and nested-aware: one tag equal to or nested below the
 * other is shared, and the broader one is reported (`rust/async` and `rust`
 * share `rust`); siblings such as `rust/async` and `rust/traits` do not. The
 * challenge tag and its children never count: every challenge has one.
 */
export function cameUp(parked: LinkedNote, challenge: LinkedNote, challengeTag: string): CameUpReason | null {
	if (parked.path === challenge.path) return null;
	const tag = sharedTag(parked.tags, challenge.tags, tagKey(challengeTag));
	if (tag !== null) return { kind: "tag", tag };
	if (parked.mayLinkTo?.(challenge.path) !== false && parked.links.includes(challenge.path)) return { kind: "links-to" };
	if (challenge.links.includes(parked.path)) return { kind: "linked-from" };
	return null;
}

function sharedTag(parkedTags: string[], challengeTags: string[], excluded: string): string | null {
	const usable = (tags: string[]) =>
		tags.map(tagKey).filter((t) => t !== "" && (excluded === "" || !isUnder(t, excluded)));
	const mine = usable(parkedTags);
	const theirs = usable(challengeTags);
	const exact = mine.find((t) => theirs.includes(t));
	if (exact !== undefined) return exact;
	for (const a of mine) {
		for (const b of theirs) {
			if (isUnder(a, b)) return b;
			if (isUnder(b, a)) return a;
		}
	}
	return null;
}
