/**
 * The index code as main.js ships it. tsx compiles each source file with
 * esbuild's `keepNames`, which wraps every closure the code creates in a
 * `__name(...)` call that main.js does not have; timing that would charge our
 * code for the test runner. So the benchmarks bundle the index modules with the
 * plugin's esbuild options (target, minify; `obsidian` left external and
 * resolved to the stub) and import the result.
 */
import esbuild from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pluginBundleOptions } from "../../scripts/plugin-bundle.mjs";
import type * as Challenge from "../../src/core/index/challengeInfo";
import type * as Config from "../../src/core/index/config";
import type * as Index from "../../src/core/index/LearningIndex";
import type * as Settings from "../../src/core/settings";
import type * as Indexer from "../../src/obsidian/indexing/VaultIndexer";
import type * as FromCache from "../../src/obsidian/indexing/recordFromCache";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRY = [
	'export { deriveChallenge } from "./src/core/index/challengeInfo";',
	'export { indexConfigFrom } from "./src/core/index/config";',
	'export { LearningIndex } from "./src/core/index/LearningIndex";',
	'export { DEFAULT_SETTINGS } from "./src/core/settings";',
	'export { VaultIndexer } from "./src/obsidian/indexing/VaultIndexer";',
	'export { recordFromCache } from "./src/obsidian/indexing/recordFromCache";',
].join("\n");

type Shipped = typeof Challenge & typeof Config & typeof Index & typeof Settings & typeof Indexer & typeof FromCache;

async function load(): Promise<Shipped> {
	const plugin = pluginBundleOptions({ root });
	const result = await esbuild.build({
		absWorkingDir: root,
		stdin: { contents: ENTRY, resolveDir: root, sourcefile: "bench-index-entry.js", loader: "js" },
		bundle: true,
		external: ["obsidian"],
		format: "esm",
		platform: plugin.platform,
		target: plugin.target,
		minify: process.env.BENCH_MINIFY !== "0",
		write: false,
	});
	const out = join(root, "bench", ".cache", "index.mjs");
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, result.outputFiles[0].text);
	const url = pathToFileURL(out).href;
	// eslint-disable-next-line no-unsanitized/method -- our own freshly built file
	return (await import(url)) as Shipped;
}

export const shipped: Shipped = await load();
