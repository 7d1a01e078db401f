import { describe, expect, it } from "vitest";
import { DEMO_VAULT, jitl } from "./run";

const TODAY = ["--today", "2026-11-27"];

const { code, stdout, stderr } = await jitl(["report", DEMO_VAULT, ...TODAY]);

describe("jitl report on the demo vault (text)", () => {
	it("succeeds without complaint", () => {
		expect(code).toBe(0);
		expect(stderr).toBe("");
	});

	it("names the current challenge and its deadline in days", () => {
		expect(stdout).toContain("Current challenge: Ship a Rust CLI in 30 days");
		expect(stdout).toContain("Deadline 2026-12-20, 23 days left");
	});

	it("lists action items with their status, nesting and progress", () => {
		expect(stdout).toContain("Action items: 4 of 9 done, 1 cancelled");
		expect(stdout).toContain("\n  [x] Install rustup and set up the editor (done 2026-11-20)\n");
		expect(stdout).toContain("\n    [ ] A `--dry-run` flag\n");
		expect(stdout).toContain("\n  [-] Write my own YAML parser (no: use serde_yaml)\n");
		expect(stdout).toContain("[ ] README with one example per subcommand (in a callout)");
	});

	it("shows today's practice against the goal, the streak and the week", () => {
		expect(stdout).toContain("Today: 20 of 30 min, 10 to go");
		expect(stdout).toContain("Streak: 6 days (best 6)");
		expect(stdout).toContain("This week: 190 min");
		expect(stdout).toContain("line 53: - watched a talk about lifetimes");
	});

	it("lists topics, parked notes (came up first, with why), other challenges and broken files", () => {
		// Notes within a topic are ordered by modification time, which a fresh clone does not fix.
		expect(stdout).toMatch(/ {2}#方法论\n {4}(刻意练习 {2}\(Methods\/刻意练习\.md\)|Just-in-time learning {2})/);
		expect(stdout).toContain("Just-in-time learning  (Methods/Just-in-time learning.md)");
		expect(stdout).toContain("Just in case: 7 parked notes, 2 came up");
		expect(stdout).toContain("Async Rust with tokio: shares the tag #rust; parked 2026-08-02 (117 days ago)");
		expect(stdout).toContain("Write a man page generator: linked from the challenge");
		expect(stdout.indexOf("Came up for the current challenge")).toBeLessThan(stdout.indexOf("Still parked:"));
		expect(stdout.indexOf("Still parked:")).toBeLessThan(stdout.indexOf("Learn Vim motions"));
		expect(stdout).toContain("Touch typing 60 wpm: active, deadline 2027-01-31, 65 days left");
		expect(stdout).toContain("用 Python 整理家庭账本: done on 2026-10-30");
		expect(stdout).toMatch(/Inbox\/Rust meetup notes\.md: .*line 3/);
	});

	it("keeps the sections in order", () => {
		const order = ["Current challenge:", "Action items:", "Practice", "Just-in-time topics", "Just in case:", "Other challenges", "Files skipped"];
		const positions = order.map((s) => stdout.indexOf(s));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	it("counts the deadline from --today", async () => {
		const later = await jitl(["report", DEMO_VAULT, "--today", "2026-12-22"]);
		expect(later.stdout).toContain("Deadline 2026-12-20, 2 days overdue");
		const due = await jitl(["report", DEMO_VAULT, "--today=2026-12-20"]);
		expect(due.stdout).toContain("Deadline 2026-12-20, due today");
	});
});
