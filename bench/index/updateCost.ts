import type { CachedMetadata } from "obsidian";
import type { SyntheticVault } from "../generateVault";
import { Prng } from "../vault/prng";
import { startIndexer } from "./buildIndex";
import { SyntheticApp } from "./syntheticApp";

/**
 * Per-note costs once the index is built, through the events Obsidian fires:
 * metadata `changed` (a note edited), vault `rename` and `delete`. One sample
 * applies each operation to a batch of different notes and divides, since one
 * operation takes microseconds.
 */

export interface UpdateSample {
	updateUs: number;
	renameUs: number;
	removeUs: number;
}

const BATCH = 200;

export interface UpdateBench {
	/** One sample of each operation, in µs per note. */
	sample(): UpdateSample;
	dispose(): void;
}

export async function prepareUpdateBench(vault: SyntheticVault, seed = 7): Promise<UpdateBench> {
	const app = new SyntheticApp(vault);
	const { indexer } = await startIndexer(app);
	const rng = new Prng(seed);
	const plain = vault.notes.filter((n) => n.role === "note" || n.role === "topic");
	const batch = rng.sample(plain, BATCH).map((n) => app.file(n.path));
	// Each edit swaps in the cache of another note: other tags, other links.
	const alternates = batch.map(() => rng.pick(plain).cache);
	const originals = batch.map((f) => app.cache(f.path) as CachedMetadata);
	const { metadataCache, vault: v } = app;
	const timeBatch = (fn: (i: number) => void): number => {
		const start = performance.now();
		for (let i = 0; i < batch.length; i++) fn(i);
		return ((performance.now() - start) * 1000) / batch.length;
	};
	let round = 0;
	return {
		sample() {
			const caches = round++ % 2 === 0 ? alternates : originals;
			for (let i = 0; i < batch.length; i++) app.put(batch[i], "", caches[i]);
			const updateUs = timeBatch((i) => metadataCache.trigger("changed", batch[i], "", caches[i]));
			const oldPaths = batch.map((f) => app.move(f, f.path.replace(/\.md$/, " (moved).md")));
			const renameUs = timeBatch((i) => v.trigger("rename", batch[i], oldPaths[i]));
			const movedPaths = batch.map((f, i) => app.move(f, oldPaths[i]));
			for (let i = 0; i < batch.length; i++) v.trigger("rename", batch[i], movedPaths[i]);
			for (const f of batch) app.drop(f);
			const removeUs = timeBatch((i) => v.trigger("delete", batch[i]));
			for (let i = 0; i < batch.length; i++) {
				app.put(batch[i], "", caches[i]);
				metadataCache.trigger("changed", batch[i], "", caches[i]);
			}
			return { updateUs, renameUs, removeUs };
		},
		dispose: () => indexer.unload(),
	};
}
