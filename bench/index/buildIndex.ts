import type { LearningIndex } from "../../src/core/index/LearningIndex";
import type { VaultIndexer } from "../../src/obsidian/indexing/VaultIndexer";
import { Events } from "../../tests/build/stub/core";
import { shipped } from "./shipped";
import type { SyntheticApp } from "./syntheticApp";

const { DEFAULT_SETTINGS, LearningIndex: Index, VaultIndexer: Indexer, indexConfigFrom } = shipped;

export const CONFIG = indexConfigFrom(DEFAULT_SETTINGS);

/** A started indexer over the app, as the plugin has one after layout-ready. */
export async function startIndexer(app: SyntheticApp): Promise<{ indexer: VaultIndexer; index: LearningIndex }> {
	const index = new Index(CONFIG);
	const indexer = new Indexer(app.app, index, new Events());
	await indexer.start();
	return { indexer, index };
}

/** One full initial build, exactly the plugin's code path; the indexer is unloaded after. */
export async function buildOnce(app: SyntheticApp): Promise<number> {
	const { indexer, index } = await startIndexer(app);
	indexer.unload();
	return index.size;
}
