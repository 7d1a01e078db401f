/**
 * The fake vault's disk as the tests read it: a file's bytes now, or every
 * file and folder at once, so a case can show that an action changed nothing
 * (or only what it should).
 */
import type { InMemoryAdapter } from "../fake/obsidian/adapter";
import type { FakeApp } from "../fake/obsidian/index";

export interface VaultSnapshot {
	files: Record<string, string>;
	folders: string[];
}

/** The fake's in-memory disk (its `DataAdapter` type hides the synchronous calls). */
export function adapterOf(app: FakeApp): InMemoryAdapter {
	return app.vault.adapter as unknown as InMemoryAdapter;
}

/** Every file's bytes and every folder, the config folder and data.json included. */
export function snapshot(app: FakeApp): VaultSnapshot {
	const adapter = adapterOf(app);
	const { files, folders } = adapter.allPaths();
	const out: Record<string, string> = {};
	for (const p of [...files].sort()) out[p] = adapter.readSync(p);
	return { files: out, folders: [...folders].sort() };
}
