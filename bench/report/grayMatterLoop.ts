import matter from "gray-matter";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The report's baseline: the plainest way to read a vault's properties in
 * Node. Walk the folder, read every Markdown file, parse its front matter with
 * gray-matter (its cache cleared, so every run parses). Files are read the way
 * the report reads them, synchronously and one after the other (what
 * gray-matter's own `matter.read` does), so the ratio compares the work done
 * on the text and not two ways of waiting for the disk. Returns the number of
 * notes with front matter, so the work cannot be optimised away.
 */
export function grayMatterLoop(root: string): number {
	// gray-matter caches by content when called without options; its types omit the cache.
	(matter as unknown as { clearCache(): void }).clearCache();
	let withData = 0;
	const visit = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const abs = join(dir, entry.name);
			if (entry.isDirectory()) visit(abs);
			else if (entry.name.endsWith(".md")) {
				const { data } = matter(readFileSync(abs, "utf8"));
				if (Object.keys(data).length > 0) withData++;
			}
		}
	};
	visit(root);
	return withData;
}
