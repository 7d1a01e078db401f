import matter from "gray-matter";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The report's baseline: the plainest way to read a vault's properties in
 * Node. Walk the folder, read every Markdown file, parse its front matter with
 * gray-matter (its cache cleared, so every run parses). Returns the number of
 * notes with front matter, so the work cannot be optimised away.
 */
export async function grayMatterLoop(root: string): Promise<number> {
	// gray-matter caches by content when called without options; its types omit the cache.
	(matter as unknown as { clearCache(): void }).clearCache();
	let withData = 0;
	const visit = async (dir: string): Promise<void> => {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const abs = join(dir, entry.name);
			if (entry.isDirectory()) await visit(abs);
			else if (entry.name.endsWith(".md")) {
				const { data } = matter(await readFile(abs, "utf8"));
				if (Object.keys(data).length > 0) withData++;
			}
		}
	};
	await visit(root);
	return withData;
}
