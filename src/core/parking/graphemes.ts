/**
 * User-perceived characters (grapheme clusters). File names are cut to a length
 * limit, and a cut must never split an emoji, a surrogate pair or a letter from
 * its accent, so lengths are counted in graphemes, not UTF-16 units.
 */

interface Segmenter {
	segment(text: string): Iterable<{ segment: string }>;
}
type SegmenterConstructor = new (locale?: string, options?: { granularity: "grapheme" }) => Segmenter;

// Every platform Obsidian runs on has Intl.Segmenter (Chromium 87+, Safari 14.1+).
// Typed by hand: the project's ES2021 lib does not declare it.
const Segmenter = (Intl as unknown as { Segmenter: SegmenterConstructor }).Segmenter;
let segmenter: Segmenter | undefined;

/** Splits text into graphemes (user-perceived characters). */
export function graphemes(text: string): string[] {
	segmenter ??= new Segmenter(undefined, { granularity: "grapheme" });
	return Array.from(segmenter.segment(text), (s) => s.segment);
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
