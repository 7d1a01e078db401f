import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { SyntheticVault } from "../generateVault";

export interface VaultOnDisk {
	dir: string;
	cleanup(): Promise<void>;
}

/** Writes the vault to a new folder under the OS temp folder, mtimes included. */
export async function writeVaultToDisk(vault: SyntheticVault): Promise<VaultOnDisk> {
	const dir = await mkdtemp(join(tmpdir(), "jitl-bench-"));
	const made = new Set<string>();
	for (const note of vault.notes) {
		const file = join(dir, note.path);
		const folder = dirname(file);
		if (!made.has(folder)) {
			await mkdir(folder, { recursive: true });
			made.add(folder);
		}
		await writeFile(file, note.content);
		await utimes(file, note.mtime / 1000, note.mtime / 1000);
	}
	return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
