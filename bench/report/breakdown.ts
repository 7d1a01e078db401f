import { readFile } from "node:fs/promises";
import { extractLinks, frontmatterLinks } from "../../src/core/links";
import { inlineTags } from "../../src/core/tags";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { listMarkdownFiles } from "../../src/cli/walk";
import { median, sample } from "../lib/measure";

/**
 * Where the report's time goes, one phase at a time over the same files (each
 * timed alone): listing, reading, front matter, inline tags, links.
 */
export async function reportBreakdown(root: string, runs: number): Promise<Record<string, number>> {
	const plan = { warmup: 0, runs };
	const files = await listMarkdownFiles(root);
	const texts = await Promise.all(files.map((f) => readFile(f.abs, "utf8")));
	const phase = async (fn: () => unknown) => median(await sample(fn, plan));
	return {
		listMs: await phase(() => listMarkdownFiles(root)),
		readMs: median(
			await sample(async () => {
				for (const f of files) await readFile(f.abs, "utf8");
			}, { warmup: 0, runs: 1 }),
		),
		frontmatterMs: await phase(() => texts.map((t) => parseFrontmatter(t))),
		inlineTagsMs: await phase(() => texts.map((t) => inlineTags(t))),
		linksMs: await phase(() => texts.map((t) => [...extractLinks(t), ...frontmatterLinks(null)])),
	};
}
