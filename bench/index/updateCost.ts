import type { CachedMetadata } from "obsidian";
import type { SyntheticVault } from "../generateVault";
import { Prng } from "../vault/prng";
import { startIndexer } from "./buildIndex";
import { evictCpuCaches } from "./evict";
import { SyntheticApp } from "./syntheticApp";

/**
 * Per-note costs once the index is built, through the events Obsidian fires:
 * metadata `changed` (a note edited), vault `rename` and `delete`.
 *
 * `sampleEvent` is the measure the target applies to: one event at a time, as
 * edits arrive in use, seconds apart with other work in between. Before each
 * event the CPU caches are flushed, so a small vault does not enjoy caches that
 * a large one has long lost; and, as in Obsidian, `changed` hands over a cache
 * object just made (its parser's worker posts a fresh one) and the file's stat
 * is replaced. `sampleBatch` applies each operation to 200 notes in a tight loop
 * and divides: throughput with warm caches, kept for information.
 */

export interface UpdateSample {
	updateUs: number;
	renameUs: number;
	removeUs: number;
	/** For events: the same flush, then an event no one does anything with (what any listener pays). */
	floorUs?: number;
}

const BATCH = 200;

export interface UpdateBench {
	/** One event of each kind, each timed alone after a cache flush, in µs. */
	sampleEvent(): UpdateSample;
	/** Each operation over a batch of notes in a tight loop, in µs per note. */
	sampleBatch(): UpdateSample;
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
	v.on("bench-noop", () => undefined);
	const timeBatch = (fn: (i: number) => void): number => {
		const start = performance.now();
		for (let i = 0; i < batch.length; i++) fn(i);
		return ((performance.now() - start) * 1000) / batch.length;
	};
	const timeOne = (fn: () => void): number => {
		evictCpuCaches();
		const start = performance.now();
		fn();
		return (performance.now() - start) * 1000;
	};
	let round = 0;
	let next = 0;
	return {
		sampleEvent() {
			const i = next++ % batch.length;
			const file = batch[i];
			const cache = structuredClone(next % 2 === 0 ? alternates[i] : originals[i]);
			file.stat = { ...file.stat, mtime: file.stat.mtime + 1 };
			app.put(file, "", cache);
			const updateUs = timeOne(() => metadataCache.trigger("changed", file, "", cache));
			const oldPath = app.move(file, file.path.replace(/\.md$/, " (moved).md"));
			const renameUs = timeOne(() => v.trigger("rename", file, oldPath));
			v.trigger("rename", file, app.move(file, oldPath));
			app.drop(file);
			const removeUs = timeOne(() => v.trigger("delete", file));
			app.put(file, "", cache);
			metadataCache.trigger("changed", file, "", cache);
			const floorUs = timeOne(() => v.trigger("bench-noop", file));
			return { updateUs, renameUs, removeUs, floorUs };
		},
		sampleBatch() {
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
