/**
 * Which note a link points to, resolved the way Obsidian resolves it, for the
 * headless report (the plugin asks Obsidian's metadata cache instead).
 */

/** Vault paths indexed for case-insensitive lookup, built by {@link buildPathLookup}. */
export interface PathLookup {
	/** Lower-case path -> path as stored. */
	byPath: Map<string, string>;
	/** Lower-case basename (no extension) -> paths, in no particular order. */
	byBasename: Map<string, string[]>;
}

/** Indexes vault paths for {@link resolveLinkpath}. */
export function buildPathLookup(paths: Iterable<string>): PathLookup {
	const byPath = new Map<string, string>();
	const byBasename = new Map<string, string[]>();
	for (const p of paths) {
		byPath.set(p.toLowerCase(), p);
		const key = basenameOf(p).toLowerCase();
		const list = byBasename.get(key);
		if (list) list.push(p);
		else byBasename.set(key, [p]);
	}
	return { byPath, byBasename };
}

/**
 * Resolves a link target to a vault path, case-insensitively, as Obsidian does:
 * a relative `./` or `../` path from the source's folder; else the exact vault
 * path, with or without `.md`; else a note whose path ends with the link (a bare
 * name matches by basename), preferring the source's folder, then the shortest
 * path. Returns null when nothing matches.
 */
export function resolveLinkpath(linkpath: string, sourcePath: string, allPaths: PathLookup): string | null {
	const lp = cleanLinkpath(linkpath);
	if (lp === "") return null;
	if (isRelative(lp)) return resolveRelative(lp, folderOf(sourcePath), allPaths);
	return closest(matchingPaths(lp, allPaths), sourcePath);
}

/**
 * {@link resolveLinkpath} for the links of a whole vault. The paths a link text
 * may mean do not depend on the note that links, so they are looked up once per
 * text (a vault names the same notes over and over); only the choice among
 * several is made per note.
 */
export function linkResolver(allPaths: PathLookup): (linkpath: string, sourcePath: string) => string | null {
	const known = new Map<string, string[]>();
	return (linkpath, sourcePath) => {
		let matches = known.get(linkpath);
		if (matches === undefined) {
			const lp = cleanLinkpath(linkpath);
			if (lp === "" || isRelative(lp)) return resolveLinkpath(linkpath, sourcePath, allPaths);
			matches = matchingPaths(lp, allPaths);
			known.set(linkpath, matches);
		}
		return closest(matches, sourcePath);
	};
}

/** The link without its `#heading` part and surrounding spaces, `\\` read as `/`. */
function cleanLinkpath(linkpath: string): string {
	const hash = linkpath.indexOf("#");
	const lp = (hash === -1 ? linkpath : linkpath.slice(0, hash)).trim();
	return lp.includes("\\") ? lp.replace(/\\/g, "/") : lp;
}

function isRelative(lp: string): boolean {
	return lp.startsWith("./") || lp.startsWith("../");
}

function resolveRelative(lp: string, folder: string, allPaths: PathLookup): string | null {
	const joined = normalizePath(folder === "" ? lp : `${folder}/${lp}`);
	return joined === null ? null : exact(joined.toLowerCase(), allPaths);
}

/** Vault paths a non-relative link may mean: its exact path alone, else every path ending with it. */
function matchingPaths(lp: string, allPaths: PathLookup): string[] {
	const key = (lp.startsWith("/") ? lp.replace(/^\/+/, "") : lp).toLowerCase();
	const direct = exact(key, allPaths);
	if (direct) return [direct];
	const wanted = stripMd(key);
	return (allPaths.byBasename.get(basenameOf(wanted)) ?? []).filter((p) => {
		const bare = stripMd(p).toLowerCase();
		return bare === wanted || bare.endsWith(`/${wanted}`);
	});
}

/** Among matching paths, one in the source's folder, else the shortest (then the first in order). */
function closest(candidates: string[], sourcePath: string): string | null {
	if (candidates.length <= 1) return candidates[0] ?? null;
	const folder = folderOf(sourcePath).toLowerCase();
	const sameFolder = candidates.filter((p) => folderOf(p).toLowerCase() === folder);
	const pool = sameFolder.length > 0 ? sameFolder : candidates;
	return [...pool].sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}

/** The path stored for a lower-case vault path, with or without its `.md`. */
function exact(key: string, allPaths: PathLookup): string | null {
	return allPaths.byPath.get(key) ?? allPaths.byPath.get(`${key}.md`) ?? null;
}

/** Collapses `.` and `..` segments; null when the path climbs above the vault root. */
function normalizePath(path: string): string | null {
	const out: string[] = [];
	for (const seg of path.split("/")) {
		if (seg === "" || seg === ".") continue;
		if (seg === "..") {
			if (out.length === 0) return null;
			out.pop();
		} else out.push(seg);
	}
	return out.join("/");
}

function stripMd(path: string): string {
	return path.replace(/\.md$/i, "");
}

function folderOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i === -1 ? "" : path.slice(0, i);
}

function basenameOf(path: string): string {
	return stripMd(path.slice(path.lastIndexOf("/") + 1));
}
