/**
 * What Obsidian accepts as a tag: `#` followed by characters that are not whitespace nor
 * punctuation (letters, digits, `_`, `-`, `/` and other Unicode), with at least one
 * character that is not a digit. Shared by the body scan and the front matter reader.
 */
const TAG_CHAR = /[^\s\u2000-\u206F\u2E00-\u2E7F'!"#$%&()*+,.:;<=>?@^`{|}~[\]\\]/u;

/** Length of the tag body that starts at `from` (0 when no tag character is there). */
export function tagBodyLength(text: string, from: number): number {
	let i = from;
	while (i < text.length) {
		const cp = text.codePointAt(i) as number;
		const ch = String.fromCodePoint(cp);
		if (!TAG_CHAR.test(ch)) break;
		i += ch.length;
	}
	return i - from;
}

/** Whether a tag body (without `#`) is acceptable, i.e. not made of digits only. */
export function isValidTagBody(body: string): boolean {
	return body.length > 0 && !/^\d+$/.test(body);
}

/** Whether a whole string (without `#`) is exactly one valid tag body. */
export function isWholeTag(body: string): boolean {
	return tagBodyLength(body, 0) === body.length && isValidTagBody(body);
}
