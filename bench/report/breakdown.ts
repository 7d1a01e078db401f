import matter from "gray-matter";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { noteRecord } from "../../src/cli/noteRecord";
import { readNoteFile, type NoteFile } from "../../src/cli/readNoteFile";
import { indexRelevance } from "../../src/cli/relevance";
import { listMarkdownFiles } from "../../src/cli/walk";
import { indexConfigFrom } from "../../src/core/index/config";
import { LearningIndex } from "../../src/core/index/LearningIndex";
import { buildPathLookup, linkResolver } from "../../src/core/links";
import { buildSidebarModel } from "../../src/core/model/buildModel";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { NoteRecord } from "../../src/core/types";
import { BENCH_TODAY } from "../generateVault";
import { median, sample } from "../lib/measure";

/**
 * Where the report's time goes, one phase at a time over the same files (each
 * timed alone, texts already in memory after the read phase): listing, reading,
 * front matter (ours, and gray-matter's for comparison), the records (front
 * matter, tags and links of the notes the index keeps), index and model.
 */
export async function reportBreakdown(root: string, runs: number): Promise<Record<string, number>> {
	const plan = { warmup: 1, runs };
	const phase = async (fn: () => unknown) => median(await sample(fn, plan));
	const files = listMarkdownFiles(root);
	const notes = files.map((f) => readNoteFile(f.abs)).filter((n): n is NoteFile => n !== null);
	const config = indexConfigFrom(DEFAULT_SETTINGS);
	const records = (): NoteRecord[] => {
		const ctx = { resolve: linkResolver(buildPathLookup(files.map((f) => f.path))), challengeTag: config.challengeTag, relevance: indexRelevance(new LearningIndex(config)) };
		return notes.map((n, i) => noteRecord(files[i].path, n, ctx)).filter((r): r is NoteRecord => r !== null && !("error" in r));
	};
	const kept = records();
	return {
		listMs: await phase(() => listMarkdownFiles(root)),
		readMs: await phase(() => files.map((f) => readNoteFile(f.abs))),
		frontmatterMs: await phase(() => notes.map((n) => parseFrontmatter(n.text))),
		grayMatterMs: await phase(() => {
			(matter as unknown as { clearCache(): void }).clearCache();
			return notes.map((n) => matter(n.text).data);
		}),
		recordsMs: await phase(records),
		keptNotes: kept.length,
		indexModelMs: await phase(() => {
			const index = new LearningIndex(config);
			for (const r of kept) index.upsert(r);
			return buildSidebarModel(index, { today: BENCH_TODAY });
		}),
	};
}
