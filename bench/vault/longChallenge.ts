import { practiceLines } from "./challengeNote";
import { addDaysTo } from "./days";
import { NoteBuilder, paragraph, sentence, type ProseContext } from "./prose";
import { Prng } from "./prng";
import { CHALLENGE_TAG } from "./words";

/**
 * A challenge note of exactly `lines` lines, the most a heavy user keeps:
 * sections of prose and tasks (nested, quoted, every status), code blocks
 * holding task-like and log-like lines that must be skipped, then one practice
 * log of several years (a few lines unreadable), then closing notes.
 * Roughly: 45% tasks, 30% log, the rest prose, headings and code.
 */
export function longChallenge(lines: number, today: string, seed = 5000): string {
	const rng = new Prng(seed);
	const ctx: ProseContext = { rng, names: ["Rust ownership", "Borrow checker", "学习方法"] };
	const b = new NoteBuilder({ tags: [CHALLENGE_TAG, "rust"], status: "current", deadline: addDaysTo(today, 30), daily_goal: 45 });
	const statuses = [" ", " ", "x", "X", "-", "/", ">"];
	for (let section = 1; b.lineCount < lines * 0.62; section++) {
		b.line(`## Part ${section}: ${sentence(rng, 2, 4).slice(0, -1)}`).line();
		paragraph(b, ctx);
		for (let i = rng.int(15, 40); i > 0; i--) {
			const depth = rng.chance(0.25) ? "    ".repeat(rng.int(1, 2)) : "";
			const quote = rng.chance(0.08) ? "> " : "";
			b.line(`${quote}${depth}- [${rng.pick(statuses)}] ${sentence(rng, 3, 10).slice(0, -1)}`);
		}
		b.line();
		if (rng.chance(0.3)) b.line("```md").line("- [ ] not a task, inside code").line("- 2026-01-01 · 30 min · not a log entry").line("```").line();
	}
	b.line("## Practice log").line();
	const log = practiceLines(rng, today, Math.ceil((lines * 0.3) / 1.5));
	for (const line of log.slice(-Math.floor(lines * 0.3))) b.line(line);
	b.line().line("## Notes").line();
	while (b.lineCount < lines) b.line(sentence(rng));
	const text = b.build().content.split("\n").slice(0, lines);
	return `${text.join("\n")}\n`;
}
