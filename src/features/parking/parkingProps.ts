/**
 * The `parked` and `parked_from` properties, written as lines of text rather
 * than through a YAML round trip: the rest of the front matter keeps its exact
 * bytes (quotes, list style, comments), so parking and unparking a note gives
 * back the file it was.
 */
import { detectEol, findFrontmatterEnd, splitLines } from "../../core/markdown/scan";
import { yamlQuote } from "../../core/parking/yamlString";
import type { LocalDay } from "../../core/types";

const PARKING_KEY = /^(?:parked|parked_from)[ \t]*:(.*)$/i;

/** The front matter's inner lines (between the fences), or null when the note has none. */
export function frontmatterText(text: string): string | null {
	const lines = splitLines(text);
	const end = findFrontmatterEnd(lines);
	return end === -1 ? null : lines.slice(1, end).join("\n");
}

/** Adds (or replaces) `parked` and `parked_from`; `from` "" is the vault root. */
export function addParkingProps(text: string, parked: LocalDay, from: string): string {
	const eol = detectEol(text);
	const props = [`parked: ${parked}`, `parked_from: ${yamlQuote(from)}`];
	const lines = text.split(eol);
	const end = findFrontmatterEnd(lines);
	if (end === -1) return ["---", ...props, "---", ""].join(eol) + text;
	const inner = withoutParkingKeys(lines.slice(1, end));
	return [lines[0], ...inner, ...props, ...lines.slice(end)].join(eol);
}

/**
 * Removes `parked` and `parked_from`. A front matter block left empty goes
 * too: the note had none before it was parked.
 */
export function removeParkingProps(text: string): string {
	const eol = detectEol(text);
	const lines = text.split(eol);
	const end = findFrontmatterEnd(lines);
	if (end === -1) return text;
	const inner = lines.slice(1, end);
	const kept = withoutParkingKeys(inner);
	if (kept.length === inner.length) return text;
	if (kept.length === 0) return lines.slice(end + 1).join(eol);
	return [lines[0], ...kept, ...lines.slice(end)].join(eol);
}

/** Front matter lines without the parking keys and their continuation lines. */
function withoutParkingKeys(lines: string[]): string[] {
	const out: string[] = [];
	let skipping = false;
	let blockValue = false;
	for (const line of lines) {
		const key = PARKING_KEY.exec(line);
		if (key) {
			skipping = true;
			blockValue = key[1].trim() === "" || /^[|>]/.test(key[1].trim());
			continue;
		}
		if (skipping && (/^[ \t]/.test(line) || (blockValue && /^-(?:[ \t]|$)/.test(line)))) continue;
		skipping = false;
		out.push(line);
	}
	return out;
}
