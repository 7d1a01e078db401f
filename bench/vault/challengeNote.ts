import type { CachedMetadata } from "obsidian";
import { addDaysTo } from "./days";
import { NoteBuilder, paragraph, sentence, type ProseContext } from "./prose";
import type { Prng } from "./prng";
import { CHALLENGE_TAG, TAGS } from "./words";
import type { Fm } from "./yaml";

export interface ChallengeShape {
	status: "current" | "active" | "done";
	actionItems: number;
	/** Days of practice log, ending yesterday or today. */
	practiceDays: number;
}

const DURATIONS = ["30 min", "25m", "1h", "45 minutes", "1:15", "1h 15m", "20 min", "15m"];
const SEPARATORS = [" · ", " - ", " | ", " — "];

/** One task line as people write them: open, done with a date, cancelled, custom, nested, quoted. */
function taskLine(b: NoteBuilder, ctx: ProseContext, today: string, i: number): string {
	const { rng } = ctx;
	const roll = rng.next();
	const text = `${sentence(rng, 3, 9).slice(0, -1)}${rng.chance(0.1) ? ` ${b.link(rng.pick(ctx.names))}` : ""}`;
	const marker = rng.pick(["-", "-", "-", "*", "+", `${(i % 9) + 1}.`]);
	const indent = i > 0 && rng.chance(0.2) ? "    " : "";
	if (roll < 0.35) return `${indent}${marker} [x] ${text} ✅ ${addDaysTo(today, -rng.int(1, 200))}`;
	if (roll < 0.4) return `${indent}${marker} [-] ${text}`;
	if (roll < 0.43) return `${indent}${marker} [/] ${text}`;
	if (roll < 0.48) return `> ${marker} [ ] ${text}`;
	return `${indent}${marker} [ ] ${text}`;
}

/** Log lines in the written form and in the hand-typed variants the reader accepts, plus a few it does not. */
export function practiceLines(rng: Prng, today: string, days: number): string[] {
	const out: string[] = [];
	for (let d = days - 1; d >= 0; d--) {
		const day = addDaysTo(today, -d);
		for (let n = rng.int(1, 2); n > 0; n--) {
			const sep = rng.pick(SEPARATORS);
			const time = rng.chance(0.7) ? `${String(rng.int(6, 22)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}${sep}` : "";
			const comment = rng.chance(0.6) ? `${sep}${sentence(rng, 2, 6)}` : "";
			out.push(`- ${day} ${time}${rng.pick(DURATIONS)}${comment}`);
		}
		if (rng.chance(0.02)) out.push(`- ${day} practised a bit, forgot to time it`);
	}
	return out;
}

/** A challenge note: goal prose, action items, practice log; status per `shape`. */
export function challengeNote(ctx: ProseContext, today: string, shape: ChallengeShape): { content: string; cache: CachedMetadata } {
	const { rng } = ctx;
	const fm: Fm = { tags: [CHALLENGE_TAG, ...rng.sample(TAGS, rng.int(1, 2))], status: shape.status };
	if (shape.status !== "done" || rng.chance(0.5)) fm.deadline = addDaysTo(today, rng.int(-10, 120));
	if (shape.status === "done") fm.completed = addDaysTo(today, -rng.int(1, 300));
	if (rng.chance(0.4)) fm.daily_goal = rng.pick([20, 30, 45, 60]);
	const b = new NoteBuilder(fm, rng.chance(0.3));
	b.line(`# ${sentence(rng, 2, 5).slice(0, -1)}`).line();
	paragraph(b, ctx, 0.4, 0.2);
	b.line("## Action items").line();
	for (let i = 0; i < shape.actionItems; i++) {
		const line = taskLine(b, ctx, today, i);
		if (line.startsWith(">") && rng.chance(0.3)) b.line("> [!todo] Later");
		b.line(line);
	}
	b.line().line("## Practice log").line();
	for (const line of practiceLines(rng, today, shape.practiceDays)) b.line(line);
	b.line().line("## Notes").line();
	paragraph(b, ctx, 0.3, 0.2);
	return b.build();
}
