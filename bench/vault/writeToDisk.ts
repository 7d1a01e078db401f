import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { SyntheticVault } from "../generateVault";

export interface VaultOnDisk {
	dir: string;
	cleanup(): Promise<void>;
}

/** Files written at once; enough to keep the disk busy, few enough for any open-files limit. */
const PARALLEL = 64;

/** Writes the vault to a new folder under the OS temp folder, mtimes included. */
export async function writeVaultToDisk(vault: SyntheticVault): Promise<VaultOnDisk> {
	const dir = await mkdtemp(join(tmpdir(), "jitl-bench-"));
	const folders = new Set(vault.notes.map((n) => dirname(join(dir, n.path))));
	for (const folder of folders) await mkdir(folder, { recursive: true });
	for (let i = 0; i < vault.notes.length; i += PARALLEL) {
		await Promise.all(
			vault.notes.slice(i, i + PARALLEL).map(async (note) => {
				const file = join(dir, note.path);
				await writeFile(file, note.content);
				await utimes(file, note.mtime / 1000, note.mtime / 1000);
			}),
		);
	}
	return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
