import type { CachedMetadata, FrontMatterCache, Loc, Pos } from "obsidian";
import { toYaml, type Fm } from "./yaml";

/**
 * Builds one synthetic note's text and, alongside it, what Obsidian's metadata
 * cache holds for it (front matter, inline tags, links, embeds, front matter
 * links). Writing both from the same calls keeps them in agreement without
 * parsing; tests/build/generateVault.test.ts checks that against a parser.
 */
export class NoteBuilder {
	private readonly lines: string[] = [];
	private readonly cache: CachedMetadata = {};

	constructor(fm: Fm | null, flowLists = false) {
		if (!fm) return;
		const yaml = toYaml(fm, flowLists);
		this.lines.push("---", ...yaml.split("\n"), "---");
		this.cache.frontmatter = structuredClone<FrontMatterCache>(fm);
		this.cache.frontmatterPosition = span(0, this.lines.length - 1);
		const fmLinks = Object.entries(fm).flatMap(([key, v]) => (typeof v === "string" ? wikiTargets(v).map((link) => ({ key, link, original: `[[${link}]]`, displayText: link })) : []));
		if (fmLinks.length > 0) this.cache.frontmatterLinks = fmLinks;
	}

	/** A line with no tags or links of its own (prose, headings, code). */
	line(text = ""): this {
		this.lines.push(text);
		return this;
	}

	/** Records an inline tag as written (with `#`) on the line about to be added. */
	tag(written: string): string {
		(this.cache.tags ??= []).push({ tag: written, position: span(this.lines.length, this.lines.length) });
		return written;
	}

	/** A wikilink as written, recorded as Obsidian records it; `embed` makes it `![[...]]`. */
	link(target: string, opts: { alias?: string; heading?: string; embed?: boolean } = {}): string {
		const link = opts.heading ? `${target}#${opts.heading}` : target;
		const original = `${opts.embed ? "!" : ""}[[${link}${opts.alias ? `|${opts.alias}` : ""}]]`;
		const displayText = opts.alias ?? (opts.heading ? `${target} > ${opts.heading}` : target);
		const ref = { link, original, displayText, position: span(this.lines.length, this.lines.length) };
		if (opts.embed) (this.cache.embeds ??= []).push(ref);
		else (this.cache.links ??= []).push(ref);
		return original;
	}

	get lineCount(): number {
		return this.lines.length;
	}

	build(): { content: string; cache: CachedMetadata } {
		return { content: `${this.lines.join("\n")}\n`, cache: this.cache };
	}
}

function wikiTargets(value: string): string[] {
	return [...value.matchAll(/\[\[([^\]|#]+)[^\]]*\]\]/g)].map((m) => m[1]);
}

const ORIGIN: Loc = { line: 0, col: 0, offset: 0 };

/** Line-accurate positions; columns and offsets are not needed by anything that reads these. */
function span(start: number, end: number): Pos {
	return { start: { ...ORIGIN, line: start }, end: { ...ORIGIN, line: end } };
}
