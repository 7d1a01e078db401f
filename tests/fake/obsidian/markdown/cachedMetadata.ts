/**
 * Turns a note's text into the `CachedMetadata` shape Obsidian's metadata cache holds:
 * front matter, headings, tags, links, embeds, list items and sections.
 */
import type { CachedMetadata, FrontMatterCache, ListItemCache, SectionCache } from "obsidian";
import { parseYaml } from "../yaml";
import { parseBlocks } from "./blocks";
import { getFrontMatterInfo } from "./frontmatter";
import { frontmatterLinks } from "./frontmatterLinks";
import { scanInline, type InlineLink } from "./inline";
import { LineIndex } from "./positions";

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The YAML of a front matter block, or undefined when empty or broken (as in Obsidian). */
function readFrontMatter(yaml: string): FrontMatterCache | undefined {
	if (yaml.trim() === "") return undefined;
	try {
		const parsed: unknown = parseYaml(yaml);
		return isPlainObject(parsed) ? parsed : undefined;
	} catch {
		return undefined;
	}
}

export function parseMarkdown(text: string): CachedMetadata {
	const index = new LineIndex(text);
	const cache: CachedMetadata = {};
	const sections: SectionCache[] = [];
	const info = getFrontMatterInfo(text);
	let firstLine = 0;
	if (info.exists) {
		firstLine = info.endLine + 1;
		const position = { start: index.loc(0), end: index.loc(info.to + 3) };
		sections.push({ type: "yaml", position });
		const frontmatter = readFrontMatter(info.frontmatter);
		if (frontmatter) {
			cache.frontmatter = frontmatter;
			cache.frontmatterPosition = position;
			cache.frontmatterLinks = frontmatterLinks(frontmatter);
		}
	}
	const blocks = parseBlocks(index, firstLine);
	const tags: NonNullable<CachedMetadata["tags"]> = [];
	const links: InlineLink[] = [];
	for (const ranges of blocks.inlineBlocks) {
		const found = scanInline(text, ranges);
		for (const t of found.tags) tags.push({ tag: t.tag, position: { start: index.loc(t.offset), end: index.loc(t.offset + t.tag.length) } });
		links.push(...found.links);
	}
	tags.sort((a, b) => a.position.start.offset - b.position.start.offset);
	links.sort((a, b) => a.offset - b.offset);
	const asRef = (l: InlineLink) => ({
		link: l.link,
		original: l.original,
		displayText: l.displayText,
		position: { start: index.loc(l.offset), end: index.loc(l.offset + l.length) },
	});
	const bodyLinks = links.filter((l) => !l.embed).map(asRef);
	const embeds = links.filter((l) => l.embed).map(asRef);
	if (blocks.headings.length > 0) {
		cache.headings = blocks.headings.map((h) => ({
			heading: text.slice(h.text.from, h.text.to),
			level: h.level,
			position: index.span(h.line, h.col, h.line),
		}));
	}
	if (tags.length > 0) cache.tags = tags;
	if (bodyLinks.length > 0) cache.links = bodyLinks;
	if (embeds.length > 0) cache.embeds = embeds;
	if (blocks.listItems.length > 0) {
		cache.listItems = blocks.listItems.map((item) => {
			const position = index.span(item.line, item.col, item.endLine);
			if (item.endOffset !== undefined) position.end = index.loc(item.endOffset);
			const entry: ListItemCache = { parent: item.parent, position };
			if (item.task !== undefined) entry.task = item.task;
			return entry;
		});
	}
	for (const s of blocks.sections) {
		sections.push({ type: s.type, position: index.span(s.startLine, 0, s.endLine) });
	}
	if (sections.length > 0) cache.sections = sections;
	if (blocks.blockIds.length > 0) {
		cache.blocks = Object.fromEntries(blocks.blockIds.map((b) => [b.id, { id: b.id, position: { start: index.loc(b.from), end: index.loc(b.to) } }]));
	}
	return cache;
}
