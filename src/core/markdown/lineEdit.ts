/**
 * Line edits that keep every other byte of a file as it was: the file's own
 * line endings (LF or CRLF, even mixed), and its final newline or its absence.
 * Action items and the practice log write through them.
 */
import { splitLines } from "./scan";

/** `text` with line `index` (0-based, counted on `\n`) replaced by `line`. */
export function replaceLine(text: string, index: number, line: string): string {
	const pieces = text.split("\n");
	const cr = pieces[index].endsWith("\r") ? "\r" : "";
	pieces[index] = line + cr;
	return pieces.join("\n");
}

/** `text` with `added` inserted after line `index`, each new line ended with `eol`. */
export function insertLinesAfter(text: string, index: number, added: string[], eol: string): string {
	const raw = text.split("\n");
	if (index < raw.length - 1) {
		const cr = eol === "\r\n" ? "\r" : "";
		raw.splice(index + 1, 0, ...added.map((l) => l + cr));
		return raw.join("\n");
	}
	// After the last line, which has no line ending: it gets one, the file still ends without.
	return text + added.map((l) => eol + l).join("");
}

/**
 * A new `## heading` section holding `line`, at the end of the note: after a
 * blank line, and ending as the note did (with a final newline or without).
 */
export function appendSection(text: string, eol: string, heading: string, line: string): string {
	const block = `## ${heading}${eol}${line}`;
	if (text === "") return block + eol;
	const endsWithNewline = text.endsWith("\n");
	const lines = splitLines(text);
	const lastLine = lines[lines.length - (endsWithNewline ? 2 : 1)];
	let out = endsWithNewline ? text : text + eol;
	if (lastLine.trim() !== "") out += eol;
	return out + block + (endsWithNewline ? eol : "");
}
