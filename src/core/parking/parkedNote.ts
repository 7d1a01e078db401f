/**
 * The text of a new parked note: front matter saying when and from where it
 * was parked, then the idea exactly as the user wrote it.
 */
import { detectEol } from "../markdown/scan";
import type { LocalDay } from "../types";
import { yamlQuote } from "./yamlString";

export interface ParkedNoteOptions {
	parked: LocalDay;
	/** Link target of the note the idea came from (see {@link linkTarget}), or null. */
	from: string | null;
	/** Link target of the current challenge, or null when none is set. */
	challenge: string | null;
	body: string;
}

/**
 * Front matter, then `body` unchanged (no trimming, no line-ending change). The
 * front matter uses the body's line ending so a CRLF note stays CRLF.
 */
export function parkedNoteContent(opts: ParkedNoteOptions): string {
	const eol = detectEol(opts.body);
	const lines = ["---", `parked: ${yamlDay(opts.parked)}`];
	if (opts.from !== null) lines.push(`from: ${yamlQuote(`[[${opts.from}]]`)}`);
	if (opts.challenge !== null) lines.push(`challenge: ${yamlQuote(`[[${opts.challenge}]]`)}`);
	lines.push("---");
	return lines.join(eol) + eol + opts.body;
}

/** A day is written bare (Obsidian shows it as a date); anything else is quoted. */
function yamlDay(day: string): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : yamlQuote(day);
}

/** The wikilink target of a vault path: `Folder/Note.md` → `Folder/Note`. */
export function linkTarget(path: string): string {
	return path.endsWith(".md") ? path.slice(0, -3) : path;
}
