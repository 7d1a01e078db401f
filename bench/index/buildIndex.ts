import { indexConfigFrom } from "../../src/core/index/config";
import { LearningIndex } from "../../src/core/index/LearningIndex";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { VaultIndexer } from "../../src/obsidian/indexing/VaultIndexer";
import { Events } from "../../tests/build/stub/core";
import type { SyntheticApp } from "./syntheticApp";

export const CONFIG = indexConfigFrom(DEFAULT_SETTINGS);

/** A started indexer over the app, as the plugin has one after layout-ready. */
export async function startIndexer(app: SyntheticApp): Promise<{ indexer: VaultIndexer; index: LearningIndex }> {
	const index = new LearningIndex(CONFIG);
	const indexer = new VaultIndexer(app.app, index, new Events());
	await indexer.start();
	return { indexer, index };
}

/** One full initial build, exactly the plugin's code path; the indexer is unloaded after. */
export async function buildOnce(app: SyntheticApp): Promise<number> {
	const { indexer, index } = await startIndexer(app);
	indexer.unload();
	return index.size;
}
