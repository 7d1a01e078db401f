/**
 * The first lines of a note, as `splitLines` would return them (`\r` of CRLF
 * dropped), up to the line that closes its front matter. A note that does not
 * open with `---` yields its first line only, so a long note costs no more than
 * a short one; a block never closed yields every line.
 */
export function headLines(text: string): string[] {
	const lines: string[] = [];
	for (let from = 0; ; ) {
		const nl = text.indexOf("\n", from);
		const raw = nl === -1 ? text.slice(from) : text.slice(from, nl);
		const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
		lines.push(line);
		const fence = line.trimEnd();
		if (lines.length === 1 ? fence !== "---" : fence === "---" || fence === "...") return lines;
		if (nl === -1) return lines;
		from = nl + 1;
	}
}
