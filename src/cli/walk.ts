import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/**
 * The vault's Markdown files as Obsidian lists them: hidden files and folders
 * (`.obsidian`, `.trash`, `.git`...) and `node_modules` are not part of it.
 */

export interface VaultFile {
	/** Vault-relative, `/`-separated. */
	path: string;
	/** Absolute path on disk. */
	abs: string;
	mtime: number;
}

function skipped(name: string): boolean {
	return name.startsWith(".") || name === "node_modules";
}

/** Lists `.md` files under `root`, sorted by path. Symlinked folders are not followed (no loops). */
export async function listMarkdownFiles(root: string): Promise<VaultFile[]> {
	const out: VaultFile[] = [];
	const visit = async (dir: string, rel: string): Promise<void> => {
		const entries = await readdir(dir, { withFileTypes: true });
		for (const entry of entries) {
			if (skipped(entry.name)) continue;
			const abs = join(dir, entry.name);
			const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
			if (entry.isDirectory()) {
				await visit(abs, path);
				continue;
			}
			if (!/\.md$/i.test(entry.name) || !(entry.isFile() || entry.isSymbolicLink())) continue;
			const info = await stat(abs).catch(() => null);
			if (info?.isFile()) out.push({ path: path.normalize("NFC"), abs, mtime: info.mtimeMs });
		}
	};
	await visit(root, "");
	return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
