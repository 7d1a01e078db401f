import { scanNote, type ScannedNote } from "./markdown/scan";

export { buildPathLookup, linkResolver, resolveLinkpath, type PathLookup } from "./resolveLinkpath";

/**
 * Links between notes, read from text the way Obsidian reads them. The plugin
 * gets links from Obsidian's metadata cache; the headless report has no cache,
 * so it extracts them here, and resolves them with resolveLinkpath.ts.
 */

const WIKILINK = /\[\[([^[\]\n]+?)\]\]/g;
const MD_LINK = /\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\(\s*(<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/g;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * Link targets in a note, in order of appearance and without duplicates:
 * wikilinks and embeds (alias and `#heading` dropped) and Markdown links to
 * local files (URL-decoded). Front matter, code, comments and external URLs are
 * skipped.
 */
export function extractLinks(text: string): string[] {
	return extractLinksFromScan(scanNote(text));
}

/** {@link extractLinks} of a note already scanned (the report scans each note once for tags and links). */
export function extractLinksFromScan(scan: ScannedNote): string[] {
	const found: string[] = [];
	const seen = new Set<string>();
	const add = (target: string | null) => {
		if (target && !seen.has(target)) {
			seen.add(target);
			found.push(target);
		}
	};
	for (let i = 0; i < scan.lines.length; i++) {
		// Every link opens with `[`: most lines hold none and need no further look.
		if (scan.kinds[i] !== "text" || !scan.lines[i].includes("[")) continue;
		const line = blankComments(blankInlineCode(scan.lines[i]));
		if (!line.includes("](")) {
			// No Markdown link can follow: the wikilinks are all there is.
			for (const m of line.matchAll(WIKILINK)) add(wikiTarget(m[1]));
			continue;
		}
		const rest = line.replace(WIKILINK, (whole, inner: string) => {
			add(wikiTarget(inner));
			return " ".repeat(whole.length);
		});
		for (const m of rest.matchAll(MD_LINK)) add(markdownTarget(m[1]));
	}
	return found;
}

/**
 * Whether a link target (as a metadata cache holds it, alias and heading
 * dropped) could resolve to the note at `targetPath`. Obsidian resolves a link
 * by its last path segment, `.md` optional and letter case ignored, so a link
 * whose last segment names another note cannot: such links need not be
 * resolved at all. A true answer is only a maybe.
 */
export function mayResolveTo(linkpath: string, targetPath: string): boolean {
	const name = (p: string) => {
		const s = p.slice(p.lastIndexOf("/") + 1).trim().normalize("NFC").toLowerCase();
		return s.endsWith(".md") ? s.slice(0, -3) : s;
	};
	const want = name(targetPath);
	return name(linkpath) === want || (linkpath.includes("%") && name(safeDecode(linkpath)) === want);
}

/**
 * Front matter keys that record where a parked note came from. They are
 * bookkeeping, not relevance: an idea parked while working on a challenge must
 * not "come up" for that challenge just because it names it.
 */
export const PARKING_LINK_KEYS: readonly string[] = ["from", "challenge", "parked_from"];

/** Whether a front matter link under `key` should count as a link of the note. */
export function countsAsLink(key: string): boolean {
	const top = key.split(".")[0].toLowerCase();
	return !PARKING_LINK_KEYS.includes(top);
}

/**
 * Wikilinks in front matter values (`see: "[[Source]]"`, lists included).
 * Obsidian counts these as links of the note, so the report does too, except
 * the parking bookkeeping keys (see PARKING_LINK_KEYS).
 */
export function frontmatterLinks(frontmatter: Record<string, unknown> | null): string[] {
	const found = new Set<string>();
	const fm = frontmatter ? Object.fromEntries(Object.entries(frontmatter).filter(([k]) => countsAsLink(k))) : null;
	const visit = (value: unknown, depth: number): void => {
		if (typeof value === "string") {
			if (!value.includes("[[")) return;
			for (const m of value.matchAll(WIKILINK)) {
				const target = wikiTarget(m[1]);
				if (target) found.add(target);
			}
		} else if (Array.isArray(value) && depth < 8) {
			for (const v of value) visit(v, depth + 1);
		} else if (value !== null && typeof value === "object" && depth < 8) {
			for (const v of Object.values(value)) visit(v, depth + 1);
		}
	};
	visit(fm, 0);
	return [...found];
}

function wikiTarget(inner: string): string | null {
	const pipe = inner.indexOf("|");
	let path = pipe === -1 ? inner : inner.slice(0, pipe);
	if (path.endsWith("\\")) path = path.slice(0, -1);
	const hash = path.indexOf("#");
	path = (hash === -1 ? path : path.slice(0, hash)).trim();
	return path === "" ? null : path;
}

function markdownTarget(raw: string): string | null {
	const bracketed = raw.startsWith("<") && raw.endsWith(">");
	const target = bracketed ? raw.slice(1, -1).trim() : raw;
	if (target === "" || URL_SCHEME.test(target)) return null;
	const path = safeDecode(target.split("#")[0]).trim();
	return path === "" ? null : path;
}

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** Replaces `%% %%` and `<!-- -->` comments inside a line with spaces. */
function blankComments(line: string): string {
	if (!line.includes("%%") && !line.includes("<!--")) return line;
	return line.replace(/%%.*?%%|<!--.*?-->/g, (m) => " ".repeat(m.length));
}

/** Replaces inline code spans (any backtick run and its matching closer) with spaces. */
function blankInlineCode(line: string): string {
	if (!line.includes("`")) return line;
	let out = "";
	let i = 0;
	while (i < line.length) {
		if (line[i] !== "`") {
			out += line[i++];
			continue;
		}
		let n = 0;
		while (line[i + n] === "`") n++;
		const close = findRun(line, i + n, n);
		if (close === -1) {
			out += line.slice(i, i + n);
			i += n;
		} else {
			out += " ".repeat(close + n - i);
			i = close + n;
		}
	}
	return out;
}

/** Index of the next run of exactly `n` backticks at or after `from`, or -1. */
function findRun(line: string, from: number, n: number): number {
	for (let i = from; i < line.length; i++) {
		if (line[i] !== "`") continue;
		let k = 0;
		while (line[i + k] === "`") k++;
		if (k === n) return i;
		i += k - 1;
	}
	return -1;
}
