/**
 * Path helpers with Obsidian's semantics: vault paths use `/`, have no leading or
 * trailing slash, and the root folder is `/`.
 */
export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
	if (p === "") p = "/";
	return p.replace(/[\u00A0\u202F]/g, " ").normalize("NFC");
}

/** Parent folder path of a vault path (`/` for top-level entries). */
export function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash <= 0 ? "/" : path.slice(0, slash);
}

export function baseName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

/** Splits a file name into base name and extension (`a.b.md` gives `a.b` and `md`). */
export function splitExtension(name: string): { basename: string; extension: string } {
	const dot = name.lastIndexOf(".");
	if (dot <= 0) return { basename: name, extension: "" };
	return { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

/** Whether any segment of the path is hidden (starts with a dot), like `.obsidian`. */
export function isHiddenPath(path: string): boolean {
	return path.split("/").some((segment) => segment.startsWith("."));
}

/** The link path of a link text: everything before the first `#`. */
export function getLinkpath(linktext: string): string {
	const hash = linktext.indexOf("#");
	return hash < 0 ? linktext : linktext.slice(0, hash);
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	return hash < 0 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}
