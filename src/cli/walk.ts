import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The vault's Markdown files as Obsidian lists them: hidden files and folders
 * (`.obsidian`, `.trash`, `.git`...) and `node_modules` are not part of it.
 * The listing reads folders only; each file's mtime comes with its text (see
 * readNoteFile), so no file is looked at twice.
 */

export interface VaultFile {
	/** Vault-relative, `/`-separated. */
	path: string;
	/** Absolute path on disk. */
	abs: string;
}

function skipped(name: string): boolean {
	return name.startsWith(".") || name === "node_modules";
}

/**
 * Lists `.md` files under `root`, sorted by path. Symlinked folders are not
 * followed (no loops); a symlinked file counts when it points to a file.
 * Synchronous: a report has nothing else to do meanwhile, and a walk of
 * thousands of folders is several times quicker without the thread pool.
 */
export function listMarkdownFiles(root: string): VaultFile[] {
	const out: VaultFile[] = [];
	const visit = (dir: string, rel: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (skipped(entry.name)) continue;
			const abs = join(dir, entry.name);
			const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
			if (entry.isDirectory()) visit(abs, path);
			else if (/\.md$/i.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && pointsToFile(abs)))) {
				out.push({ path: path.normalize("NFC"), abs });
			}
		}
	};
	visit(root, "");
	return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether a symlink leads to a file; a broken link or a loop leads nowhere. */
function pointsToFile(abs: string): boolean {
	try {
		return statSync(abs).isFile();
	} catch {
		return false;
	}
}
