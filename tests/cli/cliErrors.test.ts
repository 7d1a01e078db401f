import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { DEMO_VAULT, FIXTURES, jitl, jsonReport } from "./run";
import { removeTempVaults, tempVault } from "./tempVault";

afterAll(removeTempVaults);

describe("jitl arguments and errors", () => {
	it("exits 2 with a clear message when the vault folder does not exist", async () => {
		const r = await jitl(["report", "no/such/vault"], FIXTURES);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toBe(`jitl: vault folder not found: ${join(FIXTURES, "no/such/vault")}\n`);
	});

	it("exits 2 when the path is a file, not a folder", async () => {
		const r = await jitl(["report", join(DEMO_VAULT, "Start here.md")]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/^jitl: not a folder: .*Start here\.md/);
	});

	it.each([["2026-02-30"], ["2026-1-5"], ["27/11/2026"], ["tomorrow"]])("exits 2 on --today %s", async (day) => {
		const r = await jitl(["report", DEMO_VAULT, "--today", day]);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(`--today: "${day}" is not a date`);
		expect(r.stderr).toContain("Usage: jitl report");
	});

	it("exits 2 when --today has no value", async () => {
		const r = await jitl(["report", DEMO_VAULT, "--today"]);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain("--today needs a date");
	});

	it("exits 2 with the usage on an unknown flag, command or a second folder", async () => {
		for (const argv of [["report", "--verbose"], ["status"], [], ["report", "a", "b"]]) {
			const r = await jitl(argv);
			expect(r.code, argv.join(" ")).toBe(2);
			expect(r.stderr).toContain("Usage: jitl report [vault-folder] [--json] [--today YYYY-MM-DD]");
			expect(r.stdout).toBe("");
		}
	});

	it("prints the usage on --help and exits 0", async () => {
		for (const argv of [["--help"], ["report", "--help"], ["-h"]]) {
			const r = await jitl(argv);
			expect(r.code).toBe(0);
			expect(r.stdout).toContain("Usage: jitl report");
			expect(r.stderr).toBe("");
		}
	});

	it("reads the current folder when none is given", async () => {
		const r = await jitl(["report", "--today", "2026-11-27"], DEMO_VAULT);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("Current challenge: Ship a Rust CLI in 30 days");
	});

	it("parses --today=DAY, `--` and a folder after the flags", () => {
		expect(parseArgs(["report", "--json", "--today=2024-02-29", "v"])).toEqual({ command: "report", folder: "v", json: true, today: "2024-02-29" });
		expect(parseArgs(["report", "--", "--odd-folder"])).toEqual({ command: "report", folder: "--odd-folder", json: false, today: null });
		expect(parseArgs(["report", "--today", "2025-02-29"]).command).toBe("error");
	});
});

describe("jitl report on small vaults", () => {
	it("keeps a written deadline as that day and counts days from --today (no time zone shift)", async () => {
		const json = await jsonReport(join(FIXTURES, "mixed"), "2026-12-19");
		expect(json.current!.deadline).toBe("2026-12-20");
		expect(json.current!.daysLeft).toBe(1);
		expect(json.current!.practice.todayMinutes).toBe(30);
		expect(json.current!.actionItems[0].doneDate).toBe("2026-11-10");
	});

	it("runs on a vault with broken and JavaScript front matter, listing both and running nothing", async () => {
		const r = await jitl(["report", join(FIXTURES, "mixed"), "--today", "2026-12-19"]);
		expect(r.code).toBe(0);
		expect((globalThis as { __jitlPwned?: boolean }).__jitlPwned).toBeUndefined();
		expect(r.stdout).toContain("Files skipped because their front matter could not be read (2):");
		expect(r.stdout).toMatch(/ {2}Notes\/Broken\.md: .*line 3/);
		expect(r.stdout).toMatch(/ {2}Notes\/Evil\.md: "---js" front matter is not read/);
		expect(r.stdout).toContain("Current challenge: Learn Go");
	});

	it("says so when no challenge is current, and on an empty vault", async () => {
		const vault = tempVault({ "Note.md": "just a note" });
		const json = await jsonReport(vault, "2026-11-27");
		expect(json.current).toBeNull();
		expect(json.justInCase).toEqual({ total: 0, cameUp: [], rest: [] });
		const text = await jitl(["report", vault, "--today", "2026-11-27"]);
		expect(text.stdout).toContain("Current challenge: none");
		expect(text.stdout).toContain("Just in case: nothing parked");
	});

	it("notes other challenges also marked current", async () => {
		const vault = tempVault({
			"A.md": "---\ntags: [challenge]\nstatus: current\n---\n",
			"B.md": "---\ntags: [challenge]\nstatus: current\n---\n",
		});
		const json = await jsonReport(vault, "2026-11-27");
		expect(json.alsoMarkedCurrent).toHaveLength(1);
		expect([json.current!.title, json.alsoMarkedCurrent[0].title].sort()).toEqual(["A", "B"]);
	});

	it("uses the plugin's settings from data.json", async () => {
		const vault = tempVault({
			".obsidian/plugins/just-in-time-learning/data.json": JSON.stringify({ challengeTag: "quest", justInCaseFolder: "Later", dailyGoalMinutes: 10 }),
			"Q.md": "---\ntags: [quest, go]\nstatus: current\n---\n## Practice log\n- 2026-11-27 · 12 min\n",
			"Later/Idea.md": "---\ntags: [go]\n---\nidea",
			"Just in case/Not parked.md": "x",
		});
		const json = await jsonReport(vault, "2026-11-27");
		expect(json.current!.title).toBe("Q");
		expect(json.current!.practice).toMatchObject({ goalMinutes: 10, todayMinutes: 12, goalMet: true, streak: 1 });
		expect(json.justInCase.cameUp.map((p) => p.path)).toEqual(["Later/Idea.md"]);
		expect(json.justInCase.total).toBe(1);
	});

	it("warns about a data.json that is not JSON and goes on with the defaults", async () => {
		const vault = tempVault({
			".obsidian/plugins/just-in-time-learning/data.json": "{ not json",
			"C.md": "---\ntags: [challenge]\nstatus: current\n---\n",
		});
		const json = await jsonReport(vault, "2026-11-27");
		expect(json.current!.title).toBe("C");
		expect(json.warnings).toHaveLength(1);
		expect(json.warnings[0]).toMatch(/data\.json: not valid JSON/);
		const text = await jitl(["report", vault, "--today", "2026-11-27"]);
		expect(text.stdout).toMatch(/Warning: .*data\.json: not valid JSON/);
	});
});
