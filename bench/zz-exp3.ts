import { LearningIndex } from "../src/core/index/LearningIndex";
import { recordFromCache } from "../src/obsidian/indexing/recordFromCache";
import { frontmatterTags, normalizeTag } from "../src/core/tags";
import { generateVault } from "./generateVault";
import { bareTagLoop } from "./index/bareLoop";
import { buildOnce, CONFIG } from "./index/buildIndex";
import { SyntheticApp } from "./index/syntheticApp";
import { median, sample } from "./lib/measure";
import type { TFile } from "obsidian";
const n = Number(process.argv[2] ?? 10000);
const app = new SyntheticApp(generateVault({ notes: n }));
const { vault, metadataCache: mc } = app.app;
const plan = { warmup: 3, runs: n >= 50000 ? 5 : 11 };
const m = async (name: string, fn: () => unknown) => { const v = median(await sample(fn, plan)); console.log(name.padEnd(52), v.toFixed(2), "ms"); return v; };
const noLinks = (f: TFile) => {
	const cache = mc.getFileCache(f);
	const fm = (cache?.frontmatter as Record<string, unknown> | undefined) ?? null;
	const tags = new Set(frontmatterTags(fm));
	for (const t of cache?.tags ?? []) { const x = normalizeTag(t.tag); if (x) tags.add(x); }
	return { path: f.path, basename: f.basename, mtime: f.stat.mtime, frontmatter: fm, frontmatterBroken: false, tags: [...tags], links: [] as string[] };
};
const base = await m("bare loop", () => bareTagLoop(app));
await m("current build (VaultIndexer.start)", () => buildOnce(app));
await m("records only (recordFromCache)", () => vault.getMarkdownFiles().map((f) => recordFromCache(f, mc.getFileCache(f), mc)));
await m("records without link resolution", () => vault.getMarkdownFiles().map(noLinks));
await m("records + upsert, no challenge bodies", () => { const ix = new LearningIndex(CONFIG); for (const f of vault.getMarkdownFiles()) ix.upsert(recordFromCache(f, mc.getFileCache(f), mc)); });
await m("records w/o links + upsert, no challenge bodies", () => { const ix = new LearningIndex(CONFIG); for (const f of vault.getMarkdownFiles()) ix.upsert(noLinks(f)); });
console.log("bare", base.toFixed(2));
