/**
 * Which characters may appear in a tag. Obsidian works with a deny list rather
 * than an allow list: whitespace, ASCII punctuation other than `_`, `-` and `/`,
 * and the Unicode general/supplemental punctuation blocks end a tag; everything
 * else (letters of any script, digits, marks, emoji) belongs to it. Keeping the
 * same list means a tag reads the same here as in Obsidian's tag pane.
 * Control characters are refused as well.
 */
const TAG_CHAR_CLASS = "[^\\s\\u0000-\\u001F\\u007F\\u2000-\\u206F\\u2E00-\\u2E7F'!\"#$%&()*+,.:;<=>?@^`{|}~\\[\\]\\\\]";

/** A whole string made of tag characters. */
export const TAG_BODY = new RegExp(`^${TAG_CHAR_CLASS}+$`, "u");

const TAG_RUN = new RegExp(`${TAG_CHAR_CLASS}+`, "uy");

/** The run of tag characters starting at `index` ("" when there is none). */
export function tagRunAt(text: string, index: number): string {
	TAG_RUN.lastIndex = index;
	return TAG_RUN.exec(text)?.[0] ?? "";
}

/** Obsidian's rule: a tag needs at least one character that is not a digit (`#1984` is not a tag). */
export function isDigitsOnly(s: string): boolean {
	return /^[0-9]+$/.test(s);
}
