/**
 * File names for parked notes. A name made here must be valid on every system
 * a vault syncs to (Windows, macOS, Linux, iOS, Android) and must also work as
 * an Obsidian link target, so it avoids the union of all their forbidden
 * characters rather than only those of the current platform.
 */
import { cutGraphemes } from "./graphemes";

/** At most this many characters (graphemes) in a generated name. */
export const MAX_NAME_LENGTH = 60;
/**
 * Byte cap so that `name 999.md` stays under the 255-byte limit of most file
 * systems even when every character takes four UTF-8 bytes.
 */
export const MAX_NAME_BYTES = 240;

// Forbidden by some OS (/ \ : * ? " < > |), by Obsidian links (# ^ [ ] |), or control characters.
const FORBIDDEN = /[/\\:*?"<>|#^[\]\p{Cc}]/gu;
// Windows device names, reserved with any extension (`con.txt` too); COM¹-³ count as well.
const RESERVED = /^(con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3])$/i;

/**
 * Turns free text into a safe file name without extension; "" when nothing is left.
 * Forbidden characters become spaces (so `a/b` reads `a b`), whitespace runs
 * collapse, leading dots go (no hidden files), trailing dots and spaces go
 * (Windows drops them silently). A Windows device name gets `_` after its stem:
 * `CON` → `CON_`, `con.txt` → `con_.txt`. Idempotent.
 */
export function sanitizeFileName(name: string): string {
	return finishName(cutGraphemes(cleanFileName(name), MAX_NAME_LENGTH, MAX_NAME_BYTES));
}

/** sanitizeFileName without the length cap, for callers that cut at a word boundary themselves. */
export function cleanFileName(name: string): string {
	return finishName(name.normalize("NFC").replace(FORBIDDEN, " ").replace(/\s+/g, " "));
}

function finishName(name: string): string {
	const trimmed = name.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
	const dot = trimmed.indexOf(".");
	const stem = (dot === -1 ? trimmed : trimmed.slice(0, dot)).trimEnd();
	return RESERVED.test(stem) ? `${stem}_${trimmed.slice(stem.length)}` : trimmed;
}

/**
 * `folder/base.md`, or `folder/base 2.md`, `base 3.md`… when taken. `folder` ""
 * is the vault root. `exists` decides what counts as taken: on case-insensitive
 * file systems (Windows, macOS, iOS) pass {@link existsIgnoringCase} so that
 * `Idea.md` and `idea.md` collide.
 */
export function uniqueNotePath(folder: string, base: string, exists: (path: string) => boolean): string {
	const dir = folder.replace(/\/+$/, "");
	const prefix = dir === "" ? "" : `${dir}/`;
	for (let n = 1; n < 100_000; n++) {
		const path = `${prefix}${base}${n === 1 ? "" : ` ${n}`}.md`;
		if (!exists(path)) return path;
	}
	throw new Error("uniqueNotePath: no free name");
}

/** The key a path is compared by on a case-insensitive file system. */
export function pathKey(path: string): string {
	return path.normalize("NFC").toLowerCase();
}

/** An `exists` for {@link uniqueNotePath} over a set of {@link pathKey}s of the vault's files. */
export function existsIgnoringCase(keys: ReadonlySet<string>): (path: string) => boolean {
	return (path) => keys.has(pathKey(path));
}
