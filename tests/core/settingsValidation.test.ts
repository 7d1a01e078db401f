import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type JitlSettings } from "../../src/core/settings";
import {
	migrateSettings,
	validateGoal,
	validateHeading,
	validateStatusKey,
	validateTag,
	validateTagList,
} from "../../src/core/settingsValidation";

describe("validateHeading", () => {
	it("accepts and trims heading text", () => {
		expect(validateHeading("  Practice log ")).toEqual({ ok: true, value: "Practice log" });
		expect(validateHeading("练习记录 C#")).toEqual({ ok: true, value: "练习记录 C#" });
	});

	it.each([
		["", "empty"],
		["   ", "empty"],
		["Practice\nlog", "newline"],
		["Practice\rlog", "newline"],
		["## Practice log", "starts-with-hash"],
		["#Log", "starts-with-hash"],
	])("refuses %j as %s", (input, error) => {
		expect(validateHeading(input)).toEqual({ ok: false, error });
	});
});

describe("validateTag", () => {
	it.each([
		["challenge", "challenge"],
		["#challenge", "challenge"],
		[" #Learning/Rust ", "Learning/Rust"],
		["方法论", "方法论"],
		["y2026", "y2026"],
		["2026/q1", "2026/q1"],
		["to-do_later", "to-do_later"],
		["café", "café"],
		["🚀launch", "🚀launch"],
	])("accepts %j as %j", (input, value) => {
		expect(validateTag(input)).toEqual({ ok: true, value });
	});

	it.each([
		["", "empty"],
		["#", "empty"],
		["2026", "digits-only"],
		["#123", "digits-only"],
		["two words", "illegal"],
		["a,b", "illegal"],
		["a.b", "illegal"],
		["##double", "illegal"],
		["/leading", "illegal"],
		["trailing/", "illegal"],
		["a//b", "illegal"],
		["tag!", "illegal"],
	])("refuses %j as %s", (input, error) => {
		expect(validateTag(input)).toEqual({ ok: false, error });
	});
});

describe("validateTagList", () => {
	it("splits on commas and whitespace and drops duplicates ignoring case", () => {
		expect(validateTagList("方法论, #learning  Learning,method\tnotes")).toEqual({
			ok: true,
			value: ["方法论", "learning", "method", "notes"],
		});
	});

	it("accepts an empty list", () => {
		expect(validateTagList(" , ")).toEqual({ ok: true, value: [] });
	});

	it("names the entry that failed", () => {
		expect(validateTagList("good, 1984, bad!")).toEqual({ ok: false, error: "digits-only", tag: "1984" });
		expect(validateTagList("good bad!")).toEqual({ ok: false, error: "illegal", tag: "bad!" });
	});
});

describe("validateGoal", () => {
	it.each([
		["30", 30],
		[" 1 ", 1],
		["1440", 1440],
		["045", 45],
		["３０", 30],
	])("accepts %j as %d", (input, value) => {
		expect(validateGoal(input)).toEqual({ ok: true, value });
	});

	it.each([
		["", "empty"],
		["  ", "empty"],
		["thirty", "not-a-number"],
		["30 min", "not-a-number"],
		["1e3", "not-a-number"],
		["30.5", "not-whole"],
		["30,5", "not-whole"],
		["0", "range"],
		["-5", "range"],
		["1441", "range"],
		["99999999999999999999", "range"],
	])("refuses %j as %s", (input, error) => {
		expect(validateGoal(input)).toEqual({ ok: false, error });
	});
});

describe("validateStatusKey", () => {
	it("accepts a key on one line", () => {
		expect(validateStatusKey(" status ")).toEqual({ ok: true, value: "status" });
		expect(validateStatusKey("learning status")).toEqual({ ok: true, value: "learning status" });
	});

	it.each([
		["", "empty"],
		["a\nb", "newline"],
		["a:b", "colon"],
		["status:", "colon"],
	])("refuses %j as %s", (input, error) => {
		expect(validateStatusKey(input)).toEqual({ ok: false, error });
	});
});

describe("migrateSettings", () => {
	it.each([undefined, null, 0, "text", true, [], [1, 2], () => 1])("gives defaults for %j", (raw) => {
		expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
	});

	it("returns a fresh object whose arrays do not alias the defaults", () => {
		const s = migrateSettings({});
		s.topicTags.push("x");
		s.collapsed.push("y");
		expect(DEFAULT_SETTINGS.topicTags).toEqual(["方法论"]);
		expect(DEFAULT_SETTINGS.collapsed).toEqual([]);
	});

	it("keeps every valid user choice", () => {
		const user: JitlSettings = {
			version: SETTINGS_VERSION,
			challengeTag: "Quest",
			topicTags: ["method", "学习"],
			statusKey: "state",
			justInCaseFolder: "Archive/Someday",
			practiceLogHeading: "Log",
			actionItemsHeading: "Steps",
			dailyGoalMinutes: 45,
			doneDate: false,
			parkReplacement: "remove",
			updatePracticeProperties: false,
			collapsed: ["practice"],
			runningSession: { challengePath: "Quest.md", startedAt: 1_780_000_000_000 },
		};
		expect(migrateSettings(structuredClone(user), ".obsidian")).toEqual(user);
	});

	it("drops unknown keys and sets the current version", () => {
		const s = migrateSettings({ version: 0, extra: 1, __proto__: { challengeTag: "polluted" } }) as unknown as Record<string, unknown>;
		expect(s.extra).toBeUndefined();
		expect(s.version).toBe(SETTINGS_VERSION);
		expect(s.challengeTag).toBe("challenge");
	});

	it("falls back per key on wrong types and invalid values", () => {
		const s = migrateSettings({
			challengeTag: "1234",
			topicTags: 7,
			statusKey: "a:b",
			justInCaseFolder: "../outside",
			practiceLogHeading: "# Log",
			actionItemsHeading: 5,
			dailyGoalMinutes: 0,
			doneDate: "yes",
			parkReplacement: "delete",
			updatePracticeProperties: 1,
			collapsed: "practice",
			runningSession: { challengePath: "", startedAt: 1 },
		});
		expect(s).toEqual(DEFAULT_SETTINGS);
	});

	it("normalises values it keeps", () => {
		const s = migrateSettings({
			challengeTag: "#quest",
			topicTags: ["#a", "A", 3, "bad tag", "b"],
			justInCaseFolder: "Archive\\Someday/",
			dailyGoalMinutes: "20",
			collapsed: ["x", "x", 5, ""],
		});
		expect(s.challengeTag).toBe("quest");
		expect(s.topicTags).toEqual(["a", "b"]);
		expect(s.justInCaseFolder).toBe("Archive/Someday");
		expect(s.dailyGoalMinutes).toBe(20);
		expect(s.collapsed).toEqual(["x"]);
	});

	it("reads topic tags written as a string and keeps a chosen empty list", () => {
		expect(migrateSettings({ topicTags: "a, b" }).topicTags).toEqual(["a", "b"]);
		expect(migrateSettings({ topicTags: [] }).topicTags).toEqual([]);
		expect(migrateSettings({ topicTags: ["bad tag", 3] }).topicTags).toEqual(["方法论"]);
	});

	it("refuses the config folder as parking folder", () => {
		expect(migrateSettings({ justInCaseFolder: ".obsidian/x" }, ".obsidian").justInCaseFolder).toBe("Just in case");
		expect(migrateSettings({ justInCaseFolder: ".obsidian/x" }).justInCaseFolder).toBe("Just in case");
	});

	it.each([
		[{ challengePath: "C.md", startedAt: Number.NaN }],
		[{ challengePath: "C.md", startedAt: Infinity }],
		[{ challengePath: "C.md", startedAt: -1 }],
		[{ challengePath: "C.md", startedAt: "1780000000000" }],
		[{ challengePath: 3, startedAt: 1 }],
		[{ startedAt: 1 }],
		["C.md"],
		[[]],
	])("drops a malformed running session %j", (runningSession) => {
		expect(migrateSettings({ runningSession }).runningSession).toBeNull();
	});

	it("keeps only the known fields of a running session", () => {
		const s = migrateSettings({ runningSession: { challengePath: "C.md", startedAt: 5, junk: true } });
		expect(s.runningSession).toEqual({ challengePath: "C.md", startedAt: 5 });
	});

	it("never throws, even on hostile input", () => {
		const throwing = new Proxy(
			{},
			{
				get() {
					throw new Error("boom");
				},
				has() {
					throw new Error("boom");
				},
				getOwnPropertyDescriptor() {
					throw new Error("boom");
				},
			},
		);
		expect(migrateSettings(throwing)).toEqual(DEFAULT_SETTINGS);
		const cyclic: Record<string, unknown> = { challengeTag: "quest" };
		cyclic.self = cyclic;
		expect(migrateSettings(cyclic).challengeTag).toBe("quest");
	});
});
