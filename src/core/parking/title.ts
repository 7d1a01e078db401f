/**
 * The title of a parked idea: its first words, as a file name. Taking the text
 * itself (not a date or a counter) lets the user find the idea again by name.
 */
import { splitLines } from "../markdown/scan";
import { cleanFileName, MAX_NAME_BYTES, MAX_NAME_LENGTH, sanitizeFileName } from "./fileName";
import { cutGraphemes, graphemes } from "./graphemes";
import { markdownLineToPlain } from "./plainText";

// Lines that carry no words of their own: code fences and thematic breaks.
const SKIPPED = /^\s*(?:`{3,}|~{3,}|(?:[-*_][ \t]*){3,}$)/;

/**
 * A file name from the first line of `text` that has words in it, Markdown
 * removed, cut to {@link MAX_NAME_LENGTH} characters at a word boundary when one
 * is near. "" when no line has anything usable (the caller then names the note
 * by date).
 */
export function titleFromIdea(text: string): string {
	for (const line of splitLines(text)) {
		if (SKIPPED.test(line)) continue;
		const name = cleanFileName(markdownLineToPlain(line));
		if (name !== "") return sanitizeFileName(cutAtWord(name, MAX_NAME_LENGTH));
	}
	return "";
}

/**
 * Cuts to `max` graphemes, preferring the last space in the second half of
 * the kept part; text without spaces there (CJK, one long word) is cut hard,
 * between two whole characters.
 */
export function cutAtWord(text: string, max: number): string {
	const kept = cutGraphemes(text, max, MAX_NAME_BYTES);
	if (kept === text) return text;
	const next = graphemes(text.slice(kept.length))[0];
	if (next === " ") return kept;
	const space = kept.lastIndexOf(" ");
	return space >= kept.length / 2 ? kept.slice(0, space) : kept;
}
