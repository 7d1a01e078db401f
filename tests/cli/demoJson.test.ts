import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ReportJson } from "../../src/cli/reportJson";
import { DEMO_VAULT, jitl, ROOT } from "./run";

const result = await jitl(["report", DEMO_VAULT, "--json", "--today", "2026-11-27"]);
const report = JSON.parse(result.stdout) as ReportJson;
const current = report.current!;

describe("jitl report --json on the demo vault", () => {
	it("prints only JSON, with the schema, vault and day", () => {
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("");
		expect(report.schema).toBe(1);
		expect(report.vault).toBe(DEMO_VAULT);
		expect(report.today).toBe("2026-11-27");
	});

	it("describes the current challenge", () => {
		expect(current).toMatchObject({
			path: "Challenges/Ship a Rust CLI in 30 days.md",
			title: "Ship a Rust CLI in 30 days",
			status: "current",
			deadline: "2026-12-20",
			daysLeft: 23,
			completed: null,
			progress: { done: 4, total: 9, cancelled: 1 },
		});
		expect(report.alsoMarkedCurrent).toEqual([]);
	});

	it("lists action items with line, depth, status, done date and callout", () => {
		expect(current.actionItems).toHaveLength(10);
		expect(current.actionItems[0]).toEqual({
			line: 20,
			depth: 0,
			status: "done",
			statusChar: "x",
			text: "Install rustup and set up the editor",
			doneDate: "2026-11-20",
			inCallout: false,
		});
		const byText = (t: string) => current.actionItems.find((i) => i.text.startsWith(t))!;
		expect(byText("A `--dry-run` flag")).toMatchObject({ depth: 1, status: "open", statusChar: " ", doneDate: null });
		expect(byText("Write my own YAML parser")).toMatchObject({ status: "cancelled", statusChar: "-" });
		expect(byText("README with one example")).toMatchObject({ inCallout: true, status: "open", line: 31 });
	});

	it("summarises practice against the note's daily goal", () => {
		const p = current.practice;
		expect(p).toMatchObject({
			goalMinutes: 30,
			todayMinutes: 20,
			goalMet: false,
			streak: 6,
			bestStreak: 6,
			weekMinutes: 190,
			totalMinutes: 680,
			lastPracticed: "2026-11-27",
			unreadableLines: [{ line: 53, text: "- watched a talk about lifetimes, half an hour or so" }],
		});
		// Twelve Monday-first weeks, without the weekend after Friday 2026-11-27.
		expect(p.last12Weeks).toHaveLength(12 * 7 - 2);
		expect(p.last12Weeks[0]).toEqual({ day: "2026-09-07", minutes: 0, level: 0 });
		expect(p.last12Weeks.at(-1)).toEqual({ day: "2026-11-27", minutes: 20, level: 3 });
		expect(p.last12Weeks.find((d) => d.day === "2026-11-26")).toEqual({ day: "2026-11-26", minutes: 35, level: 4 });
	});

	it("groups learning notes by topic tag, legacy `Tag:` key included", () => {
		expect(report.topics.map((t) => t.tag)).toEqual(["方法论", "方法论/book", "方法论/course", "方法论/podcast"]);
		const methods = report.topics[0].notes.map((n) => n.path).sort();
		expect(methods).toEqual(["Methods/Just-in-time learning.md", "Methods/刻意练习.md"]);
		const allTopicPaths = report.topics.flatMap((t) => t.notes.map((n) => n.path));
		expect(allTopicPaths).not.toContain("Just in case/Ideas/Spaced repetition app.md");
	});

	it("lists other and done challenges", () => {
		expect(report.otherChallenges).toEqual([
			{ path: "Challenges/Touch typing 60 wpm.md", title: "Touch typing 60 wpm", status: "active", deadline: "2027-01-31", daysLeft: 65, completed: null },
		]);
		expect(report.doneChallenges).toEqual([
			{ path: "Challenges/用 Python 整理家庭账本.md", title: "用 Python 整理家庭账本", status: "done", deadline: "2026-10-31", daysLeft: -27, completed: "2026-10-30" },
		]);
	});

	it("puts the parked notes that came up first, with the reason", () => {
		const j = report.justInCase;
		expect(j.total).toBe(7);
		expect(j.cameUp).toEqual([
			{ path: "Just in case/Write a man page generator.md", title: "Write a man page generator", parked: "2026-11-24", ageDays: 3, cameUp: { reason: "linked-from" } },
			{ path: "Just in case/Async Rust with tokio.md", title: "Async Rust with tokio", parked: "2026-08-02", ageDays: 117, cameUp: { reason: "tag", tag: "rust" } },
		]);
		expect(j.rest.map((p) => p.parked)).toEqual(["2026-10-16", "2026-09-14", "2026-07-19", "2026-06-30", "2026-05-21"]);
		expect(j.rest.every((p) => p.cameUp === null)).toBe(true);
	});

	it("reports the broken note and leaves it out of everything else", () => {
		expect(report.broken).toHaveLength(1);
		expect(report.broken[0].path).toBe("Inbox/Rust meetup notes.md");
		expect(report.broken[0].error).toMatch(/line 3/);
		expect(result.stdout.match(/Rust meetup notes/g)).toHaveLength(1);
		expect(report.warnings).toEqual([]);
	});

	it("has exactly the documented keys, no model internals such as mtime or grid", () => {
		expect(Object.keys(report)).toEqual([
			"schema", "vault", "today", "current", "alsoMarkedCurrent", "topics", "otherChallenges", "doneChallenges", "justInCase", "broken", "warnings",
		]);
		expect(Object.keys(current)).toEqual(["path", "title", "status", "deadline", "daysLeft", "completed", "progress", "actionItems", "practice"]);
		expect(Object.keys(current.practice)).toEqual([
			"goalMinutes", "todayMinutes", "goalMet", "streak", "bestStreak", "weekMinutes", "totalMinutes", "lastPracticed", "unreadableLines", "last12Weeks",
		]);
		expect(Object.keys(report.topics[0].notes[0])).toEqual(["path", "title"]);
		expect(result.stdout).not.toMatch(/"(mtime|grid|future|raw|prefix|marker)"/);
	});

	it("documents every key it prints in docs/report-json.md", () => {
		const doc = readFileSync(join(ROOT, "docs", "report-json.md"), "utf8");
		const keys = new Set<string>();
		const collect = (v: unknown): void => {
			if (Array.isArray(v)) v.forEach(collect);
			else if (v !== null && typeof v === "object") {
				for (const [k, child] of Object.entries(v)) {
					keys.add(k);
					collect(child);
				}
			}
		};
		collect(report);
		const undocumented = [...keys].filter((k) => !doc.includes(`\`${k}\``) && !doc.includes(`{ ${k},`) && !new RegExp(`[{,] ${k}[,} ]`).test(doc));
		expect(undocumented).toEqual([]);
	});
});
