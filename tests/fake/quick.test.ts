import { it } from "vitest";
import { loadOracleNotes as loadRecordedNotes } from "./oracles";
import { parseMarkdown } from "./obsidian/markdown/cachedMetadata";

const norm = (x: any): any => Array.isArray(x) ? x.map(norm) : x && typeof x === "object" ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, norm(x[k])])) : x;
const deepEq = (a: any, b: any) => JSON.stringify(norm(a)) === JSON.stringify(norm(b));
it("quick", () => {
	const score: Record<string, number> = {};
	const pick = (c: any) => ({
		fm: c.frontmatter ?? null,
		tags: (c.tags ?? []).map((t: any) => [t.tag, t.position.start.line]),
		li: (c.listItems ?? []).map((t: any) => [t.position.start.line, t.task ?? null, t.parent]),
		h: (c.headings ?? []).map((t: any) => [t.heading, t.level, t.position.start.line]),
		tagpos: (c.tags ?? []).map((t: any) => t.position),
		lipos: (c.listItems ?? []).map((t: any) => t.position),
		hpos: (c.headings ?? []).map((t: any) => t.position),
		links: (c.links ?? []).map((t: any) => [t.link, t.original, t.displayText]),
		linkpos: (c.links ?? []).map((t: any) => t.position),
		embeds: (c.embeds ?? []).map((t: any) => [t.link, t.original, t.displayText, t.position]),
		sections: (c.sections ?? []).map((t: any) => [t.type, t.position.start.line, t.position.end.line]),
		fmpos: c.frontmatterPosition ?? null,
		fml: c.frontmatterLinks ?? null,
	});
	for (const note of loadRecordedNotes()) {
		score.n = (score.n ?? 0) + 1;
		const mine = pick(parseMarkdown(note.fileContents));
		const theirs = pick(note.cachedMetadata);
		for (const k of Object.keys(mine) as (keyof typeof mine)[]) {
			if (deepEq(mine[k], theirs[k])) score[k] = (score[k] ?? 0) + 1;
			else console.log(note.name, k, "\n mine  ", JSON.stringify(mine[k]), "\n theirs", JSON.stringify(theirs[k]));
		}
	}
	console.log(score);
});
