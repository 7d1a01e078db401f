import { addDaysTo } from "./days";
import { body, NoteBuilder, sentence, type ProseContext } from "./prose";
import { TAGS, TOPIC_TAG } from "./words";
import type { Fm } from "./yaml";

/**
 * Front matter as people write it: a `tags` list (block or flow), a comma
 * string, the legacy `tag`/`Tag` key, or no tags at all; sometimes other
 * properties, sometimes no front matter.
 */
function frontmatter(ctx: ProseContext, today: string, topic: boolean): { fm: Fm | null; flow: boolean } {
	const { rng } = ctx;
	const tags = rng.sample(TAGS, rng.int(1, 3));
	if (topic) tags.push(TOPIC_TAG);
	const fm: Fm = {};
	const roll = rng.next();
	if (topic && roll < 0.3) fm.Tag = TOPIC_TAG;
	else if (roll < 0.45) fm.tags = tags;
	else if (roll < 0.6) fm.tags = tags;
	else if (roll < 0.68) fm.tags = tags.join(", ");
	else if (roll < 0.72) fm.tag = tags[0];
	else if (roll < 0.85 && !topic) return { fm: null, flow: false };
	if (rng.chance(0.5)) fm.created = addDaysTo(today, -rng.int(1, 900));
	if (rng.chance(0.2)) fm.aliases = [sentence(rng, 2, 3).slice(0, -1)];
	if (rng.chance(0.1)) fm.rating = rng.int(1, 5);
	if (rng.chance(0.1)) fm.source = `https://example.com/read/${rng.int(1, 9999)}`;
	return { fm: Object.keys(fm).length > 0 ? fm : null, flow: roll >= 0.45 && roll < 0.6 };
}

/** An ordinary note, or a topic note (carrying the topic tag in front matter or inline). */
export function regularNote(ctx: ProseContext, today: string, topic: boolean): { content: string; cache: ReturnType<NoteBuilder["build"]>["cache"] } {
	const { fm, flow } = frontmatter(ctx, today, topic && ctx.rng.chance(0.7));
	const b = new NoteBuilder(fm, flow);
	if (topic && !fm?.tags && !fm?.Tag) b.line(`${b.tag(`#${TOPIC_TAG}`)} ${sentence(ctx.rng)}`).line();
	body(b, ctx);
	return b.build();
}
