import type { CachedMetadata } from "obsidian";
import { addDaysTo } from "./days";
import { body, NoteBuilder, paragraph, type ProseContext } from "./prose";
import { TAGS } from "./words";
import type { Fm } from "./yaml";

/** A parked note: made by park-idea (a short idea with its properties) or moved in by park-note. */
export function parkedNote(ctx: ProseContext, today: string, current: string): { content: string; cache: CachedMetadata } {
	const { rng } = ctx;
	const fm: Fm = { parked: addDaysTo(today, -rng.int(0, 700)), from: `[[${rng.pick(ctx.names)}]]` };
	if (rng.chance(0.3)) fm.challenge = `[[${current}]]`;
	if (rng.chance(0.5)) fm.tags = rng.sample(TAGS, rng.int(1, 2));
	const b = new NoteBuilder(fm, rng.chance(0.5));
	if (rng.chance(0.6)) paragraph(b, ctx, 0.2, 0.2);
	else body(b, ctx, 0.5);
	return b.build();
}
