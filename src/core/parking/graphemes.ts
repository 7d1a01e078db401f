/**
 * User-perceived characters (grapheme clusters). File names are cut to a length
 * limit, and a cut must never split an emoji, a surrogate pair or a letter from
 * its accent, so lengths are counted in graphemes, not UTF-16 units.
 */

interface Segmenter {
	segment(text: string): Iterable<{ segment: string }>;
}
type SegmenterConstructor = new (locale?: string, options?: { granularity: "grapheme" }) => Segmenter;

let segmenter: Segmenter | null | undefined;

function getSegmenter(): Segmenter | null {
	if (segmenter === undefined) {
		// Typed by hand: the project's ES2021 lib does not declare Intl.Segmenter.
		const Ctor = (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter;
		segmenter = Ctor ? new Ctor(undefined, { granularity: "grapheme" }) : null;
	}
	return segmenter;
}

/** Splits text into graphemes, with Intl.Segmenter when the platform has it. */
export function graphemes(text: string): string[] {
	const seg = getSegmenter();
	if (!seg) return codePointClusters(text);
	return Array.from(seg.segment(text), (s) => s.segment);
}

/** Code points that belong to the character before them. */
function extendsPrevious(cp: string): boolean {
	if (/^\p{M}$/u.test(cp)) return true;
	const c = cp.codePointAt(0) ?? 0;
	return (
		c === 0x200d || // zero-width joiner
		(c >= 0xfe00 && c <= 0xfe0f) || // variation selectors
		(c >= 0x1f3fb && c <= 0x1f3ff) || // skin tones
		(c >= 0xe0020 && c <= 0xe007f) // tag characters (subdivision flags)
	);
}

function isRegionalIndicator(cp: string): boolean {
	const c = cp.codePointAt(0) ?? 0;
	return c >= 0x1f1e6 && c <= 0x1f1ff;
}

/**
 * Fallback for platforms without Intl.Segmenter: code points, with combining
 * marks, variation selectors, skin tones, tag characters and ZWJ sequences kept
 * on their base, and regional indicators paired into flags. Not full UAX #29,
 * but it never splits a surrogate pair or a mark from its letter.
 */
export function codePointClusters(text: string): string[] {
	const out: string[] = [];
	let joinNext = false;
	let openFlag = false;
	for (const cp of text) {
		const last = out.length - 1;
		if (last >= 0 && (joinNext || extendsPrevious(cp))) {
			out[last] += cp;
		} else if (last >= 0 && openFlag && isRegionalIndicator(cp)) {
			out[last] += cp;
			openFlag = false;
			continue;
		} else {
			out.push(cp);
			openFlag = isRegionalIndicator(cp);
		}
		joinNext = cp === "\u200d";
	}
	return out;
}

const encoder = new TextEncoder();

/**
 * The longest prefix of `text` holding at most `maxGraphemes` graphemes and
 * `maxBytes` UTF-8 bytes (file systems limit names in bytes, usually 255).
 */
export function cutGraphemes(text: string, maxGraphemes: number, maxBytes = Infinity): string {
	let out = "";
	let bytes = 0;
	let count = 0;
	for (const g of graphemes(text)) {
		const size = encoder.encode(g).length;
		if (count + 1 > maxGraphemes || bytes + size > maxBytes) break;
		out += g;
		bytes += size;
		count++;
	}
	return out;
}
