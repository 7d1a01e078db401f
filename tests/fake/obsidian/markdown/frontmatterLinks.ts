/**
 * Wikilinks written inside front matter values (`link: "[[Note]]"`), which Obsidian
 * records as `frontmatterLinks` with a dotted key path for list entries (`list.0`).
 */
import type { FrontMatterCache, FrontmatterLinkCache } from "obsidian";
import { parseWikilink } from "./links";

function collect(key: string, value: unknown, out: FrontmatterLinkCache[]): void {
	if (typeof value === "string") {
		const trimmed = value.trim();
		const link = trimmed.startsWith("[[") ? parseWikilink(trimmed, 0) : null;
		if (link && link.length === trimmed.length) {
			out.push({ key, link: link.link, original: link.original, displayText: link.displayText });
		}
	} else if (Array.isArray(value)) {
		value.forEach((entry, i) => collect(`${key}.${i}`, entry, out));
	} else if (typeof value === "object" && value !== null) {
		for (const [k, v] of Object.entries(value)) collect(`${key}.${k}`, v, out);
	}
}

export function frontmatterLinks(frontmatter: FrontMatterCache): FrontmatterLinkCache[] {
	const out: FrontmatterLinkCache[] = [];
	for (const [key, value] of Object.entries(frontmatter)) collect(key, value, out);
	return out;
}
