import { NoteBuilder } from "./noteBuilder";
import type { Prng } from "./prng";
import { CJK_WORDS, EN_WORDS, TAGS } from "./words";

/**
 * Body text of the synthetic notes: paragraphs, lists, code and URLs, with
 * inline tags and wikilinks sprinkled in the places Obsidian indexes them, and
 * `#` in places it does not (code, URL fragments, headings).
 */

export interface ProseContext {
	rng: Prng;
	/** Basenames the note may link to. */
	names: readonly string[];
}

export function sentence(rng: Prng, min = 6, max = 14): string {
	const n = rng.int(min, max);
	const cjk = rng.chance(0.3);
	let text = "";
	let lastCjk = false;
	for (let i = 0; i < n; i++) {
		const isCjk = cjk && rng.chance(0.7);
		const word = isCjk ? rng.pick(CJK_WORDS) : rng.pick(EN_WORDS);
		text += i === 0 || (isCjk && lastCjk) ? word : ` ${word}`;
		lastCjk = isCjk;
	}
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}${cjk ? "。" : "."}`;
}

function writtenTag(rng: Prng): string {
	const tag = rng.pick(TAGS);
	return `#${rng.chance(0.15) ? tag.charAt(0).toUpperCase() + tag.slice(1) : tag}`;
}

function linkTo(b: NoteBuilder, ctx: ProseContext): string {
	const { rng } = ctx;
	const target = rng.chance(0.08) ? `Missing idea ${rng.int(1, 500)}` : rng.pick(ctx.names);
	const roll = rng.next();
	if (roll < 0.15) return b.link(target, { alias: rng.pick(EN_WORDS) });
	if (roll < 0.25) return b.link(target, { heading: "Summary" });
	if (roll < 0.3) return b.link(target, { embed: true });
	return b.link(target);
}

/** A paragraph of 2-5 sentences; `links` and `tags` are the chances of one after each sentence. */
export function paragraph(b: NoteBuilder, ctx: ProseContext, links = 0.3, tags = 0.15): void {
	const parts: string[] = [];
	const n = ctx.rng.int(2, 5);
	for (let i = 0; i < n; i++) {
		parts.push(sentence(ctx.rng));
		if (ctx.rng.chance(links)) parts.push(`See ${linkTo(b, ctx)}.`);
		if (ctx.rng.chance(tags)) parts.push(b.tag(writtenTag(ctx.rng)));
	}
	b.line(parts.join(" ")).line();
}

/** A short list, sometimes of tasks (outside challenge notes they are just text to the index). */
export function list(b: NoteBuilder, ctx: ProseContext): void {
	const tasks = ctx.rng.chance(0.3);
	for (let i = ctx.rng.int(2, 5); i > 0; i--) {
		const text = sentence(ctx.rng, 3, 8);
		const box = tasks ? (ctx.rng.chance(0.5) ? "[x] " : "[ ] ") : "";
		b.line(`- ${box}${text}${ctx.rng.chance(0.2) ? ` ${linkTo(b, ctx)}` : ""}`);
	}
	b.line();
}

/** Things that look like tags but are not: code, a URL fragment. */
export function notTags(b: NoteBuilder, ctx: ProseContext): void {
	if (ctx.rng.chance(0.5)) {
		b.line("```cpp").line("#include <vector>").line("int main() { return 0; } // #not-a-tag").line("```").line();
	} else {
		b.line(`Source: https://example.com/${ctx.rng.pick(EN_WORDS)}#section-${ctx.rng.int(1, 9)}`).line();
	}
}

/** A typical note body: 2-6 paragraphs, maybe a heading, a list and some code. */
export function body(b: NoteBuilder, ctx: ProseContext, size = 1): void {
	const paragraphs = Math.max(1, Math.round(ctx.rng.int(2, 6) * size));
	for (let i = 0; i < paragraphs; i++) {
		if (i > 0 && ctx.rng.chance(0.3)) b.line(`## ${sentence(ctx.rng, 2, 4).slice(0, -1)}`).line();
		paragraph(b, ctx);
		if (ctx.rng.chance(0.2)) list(b, ctx);
	}
	if (ctx.rng.chance(0.15)) notTags(b, ctx);
}

export { NoteBuilder };
