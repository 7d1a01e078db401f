/**
 * Line edits that keep every other byte of a file as it was: the file's own
 * line endings (LF or CRLF, even mixed), and its final newline or its absence.
 */

/** `text` with line `index` (0-based, counted on `\n`) replaced by `line`. */
export function replaceLine(text: string, index: number, line: string): string {
	const pieces = text.split("\n");
	const cr = pieces[index].endsWith("\r") ? "\r" : "";
	pieces[index] = line + cr;
	return pieces.join("\n");
}

/** `text` with `line` inserted after line `index`, using `eol` to end the new line. */
export function insertLineAfter(text: string, index: number, line: string, eol: "\n" | "\r\n"): string {
	const pieces = text.split("\n");
	const cr = eol === "\r\n" ? "\r" : "";
	if (index === pieces.length - 1) {
		// The last line had no line ending: it gets one, the new line goes without.
		pieces[index] += cr;
		pieces.push(line);
	} else {
		pieces.splice(index + 1, 0, line + cr);
	}
	return pieces.join("\n");
}
