/**
 * How a link path finds its file: relative paths (`./`, `../`) from the source folder,
 * then an exact vault path, then any file whose path ends with the link path; all case
 * insensitive, `.md` optional. Among several matches the file in the source's folder
 * wins, then the shortest path.
 */
import type { TFile } from "./files";
import { parentPath } from "./paths";
import type { Vault } from "./vault";

function resolveRelative(sourcePath: string, linkpath: string): string {
	const parts = parentPath(sourcePath) === "/" ? [] : parentPath(sourcePath).split("/");
	for (const segment of linkpath.split("/")) {
		if (segment === "..") parts.pop();
		else if (segment !== ".") parts.push(segment);
	}
	return parts.join("/");
}

export function linkpathCandidates(vault: Vault, linkpath: string, sourcePath: string): TFile[] {
	if (linkpath === "") {
		const source = vault.getFileByPath(sourcePath);
		return source ? [source] : [];
	}
	const files = vault.getFiles();
	const byPath = (path: string): TFile[] => {
		const lower = path.toLowerCase();
		return files.filter((f) => f.path.toLowerCase() === lower || f.path.toLowerCase() === `${lower}.md`);
	};
	if (linkpath.startsWith("./") || linkpath.startsWith("../")) return byPath(resolveRelative(sourcePath, linkpath));
	const exact = byPath(linkpath.replace(/^\/+/, ""));
	if (exact.length > 0) return exact;
	const lower = linkpath.toLowerCase();
	const sourceFolder = parentPath(sourcePath);
	return files
		.filter((f) => {
			const p = f.path.toLowerCase();
			return p.endsWith(`/${lower}`) || p.endsWith(`/${lower}.md`);
		})
		.sort((a, b) => {
			const sameA = a.parent?.path === sourceFolder ? 0 : 1;
			const sameB = b.parent?.path === sourceFolder ? 0 : 1;
			return sameA - sameB || a.path.length - b.path.length || a.path.localeCompare(b.path);
		});
}

/**
 * The link text for `file` from `sourcePath`: by default the file name when that name
 * resolves to this file, else its full path (Obsidian's "shortest" format).
 */
export function linktextFor(vault: Vault, file: TFile, sourcePath: string, omitMdExtension = true, format = "shortest"): string {
	const strip = (p: string) => (omitMdExtension && file.extension === "md" ? p.slice(0, -3) : p);
	if (format === "absolute") return strip(file.path);
	if (format === "relative") {
		const from = parentPath(sourcePath) === "/" ? [] : parentPath(sourcePath).split("/");
		const to = file.path.split("/");
		let common = 0;
		while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
		const up = from.slice(common).map(() => "..");
		return strip([...up, ...to.slice(common)].join("/"));
	}
	const short = strip(file.name);
	return linkpathCandidates(vault, short, sourcePath)[0] === file ? short : strip(file.path);
}
