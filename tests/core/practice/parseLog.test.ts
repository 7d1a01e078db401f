import { describe, expect, it } from "vitest";
import { scanNote } from "../../../src/core/markdown/scan";
import { parsePracticeLog, practiceLogInScan } from "../../../src/core/practice/parseLog";

const note = (...lines: string[]) => lines.join("\n");
const days = (text: string, heading = "Practice log") => parsePracticeLog(text, heading).entries.map((e) => `${e.day}/${e.minutes}`);

describe("parsePracticeLog", () => {
	it("reads the list under the heading, with line numbers", () => {
		const log = parsePracticeLog(
			note("---", "tags: [challenge]", "---", "# Piano", "", "## Practice log", "- 2026-11-26 · 20 min", "- 2026-11-27 09:30 · 30 min · scales"),
			"Practice log",
		);
		expect(log.headingLine).toBe(5);
		expect(log.entries).toEqual([
			{ day: "2026-11-26", minutes: 20, line: 6 },
			{ day: "2026-11-27", time: "09:30", minutes: 30, comment: "scales", line: 7 },
		]);
		expect(log.unreadable).toEqual([]);
	});

	it("finds the heading at any level and in any case", () => {
		expect(days(note("# practice LOG", "- 2026-11-27 · 5 min"))).toEqual(["2026-11-27/5"]);
		expect(days(note("#### Practice log ##", "- 2026-11-27 · 5 min"))).toEqual(["2026-11-27/5"]);
		expect(days(note("## Übungsprotokoll", "- 2026-11-27 · 5 min"), "übungsprotokoll")).toEqual(["2026-11-27/5"]);
	});

	it("returns an empty log without a heading", () => {
		expect(parsePracticeLog(note("# Piano", "- 2026-11-27 · 5 min"), "Practice log")).toEqual({ headingLine: null, entries: [], unreadable: [] });
		expect(parsePracticeLog(note("#", "- 2026-11-27 · 5 min"), "  ")).toEqual({ headingLine: null, entries: [], unreadable: [] });
	});

	it("does not take a heading inside a code block for the log", () => {
		const text = note("```md", "## Practice log", "- 2026-01-01 · 99 min", "```", "- 2026-01-02 · 98 min", "## Practice log", "- 2026-11-27 · 5 min");
		const log = parsePracticeLog(text, "Practice log");
		expect(log.headingLine).toBe(5);
		expect(days(text)).toEqual(["2026-11-27/5"]);
		expect(parsePracticeLog(note("~~~", "## Practice log", "- 2026-11-27 · 5 min", "~~~"), "Practice log").headingLine).toBeNull();
	});

	it("does not take a heading inside a blockquote for the log", () => {
		expect(parsePracticeLog(note("> ## Practice log", "> - 2026-11-27 · 5 min"), "Practice log").headingLine).toBeNull();
	});

	it("does not count entries under other headings", () => {
		const text = note(
			"- 2026-11-20 · 60 min",
			"## Practice log",
			"- 2026-11-27 · 5 min",
			"### This week",
			"- 2026-11-28 · 6 min",
			"## Notes",
			"- 2026-11-29 · 7 min",
			"# Appendix",
			"- 2026-11-30 · 8 min",
		);
		expect(days(text)).toEqual(["2026-11-27/5", "2026-11-28/6"]);
	});

	it("ends at a higher-level heading too", () => {
		expect(days(note("### Practice log", "- 2026-11-27 · 5 min", "## Plan", "- 2026-11-28 · 6 min"))).toEqual(["2026-11-27/5"]);
	});

	it("ignores lines in code, comments and front matter", () => {
		const text = note(
			"## Practice log",
			"- 2026-11-27 · 5 min",
			"```",
			"- 2026-11-28 · 6 min",
			"```",
			"%% - 2026-11-29 · 7 min %%",
			"%%",
			"- 2026-11-30 · 8 min",
			"%%",
			"<!--",
			"- 2026-12-01 · 9 min",
			"-->",
			"",
			"    - 2026-12-02 · 10 min",
		);
		const log = parsePracticeLog(text, "Practice log");
		expect(days(text)).toEqual(["2026-11-27/5"]);
		expect(log.unreadable).toEqual([]);
	});

	it("ignores prose, tasks and empty bullets, and reports other list lines as unreadable", () => {
		const text = note(
			"## Practice log",
			"I practise every morning.",
			"- 2026-11-27 · 5 min",
			"- yesterday, half an hour",
			"- [ ] buy a metronome",
			"- [x] tune the piano",
			"-",
			"* 2026-02-30 · 10 min",
			"1. 2026-11-28 · zero",
			"",
			"- 2026-11-29 · 6 min",
		);
		const log = parsePracticeLog(text, "Practice log");
		expect(log.entries.map((e) => e.line)).toEqual([2, 10]);
		expect(log.unreadable).toEqual([
			{ line: 3, raw: "- yesterday, half an hour" },
			{ line: 7, raw: "* 2026-02-30 · 10 min" },
			{ line: 8, raw: "1. 2026-11-28 · zero" },
		]);
	});

	it("treats bullets nested under a log item as its notes, unless they start with a date", () => {
		const text = note(
			"## Practice log",
			"- 2026-11-27 · 5 min",
			"  - felt slow",
			"    - left hand",
			"  - 2026-11-27 · oops",
			"  - 2026-11-27 · 3 min",
			"- not an entry",
			"  - its note",
			"Prose ends the list.",
			"  - orphan bullet",
		);
		const log = parsePracticeLog(text, "Practice log");
		expect(log.entries.map((e) => e.line)).toEqual([1, 5]);
		expect(log.unreadable.map((u) => u.line)).toEqual([4, 6, 9]);
	});

	it("reads entries inside a callout", () => {
		expect(days(note("## Practice log", "> [!note] Log", "> - 2026-11-27 · 5 min", "> - 2026-11-28 · 6 min"))).toEqual([
			"2026-11-27/5",
			"2026-11-28/6",
		]);
	});

	it("reads CRLF notes and reports unreadable lines without the carriage return", () => {
		const log = parsePracticeLog("# Piano\r\n## Practice log\r\n- 2026-11-27 · 1h\r\n- later\r\n", "Practice log");
		expect(log.entries).toEqual([{ day: "2026-11-27", minutes: 60, line: 2 }]);
		expect(log.unreadable).toEqual([{ line: 3, raw: "- later" }]);
	});

	it("uses the first of two log headings", () => {
		expect(days(note("## Practice log", "- 2026-11-27 · 5 min", "## Practice log", "- 2026-11-28 · 6 min"))).toEqual(["2026-11-27/5"]);
	});
});

describe("practiceLogInScan", () => {
	it("reads the log of a scan made beforehand, as parsePracticeLog reads the text", () => {
		const text = note("# Piano", "- [ ] task", "## Practice log", "- 2026-11-26 · 20 min", "  - a nested note", "- not an entry", "## Next");
		const scan = scanNote(text);
		expect(practiceLogInScan(scan, "Practice log")).toEqual(parsePracticeLog(text, "Practice log"));
		expect(practiceLogInScan(scan, "Practice log")).toEqual({
			headingLine: 2,
			entries: [{ day: "2026-11-26", minutes: 20, line: 3 }],
			unreadable: [{ line: 5, raw: "- not an entry" }],
		});
		expect(practiceLogInScan(scan, "Missing").headingLine).toBeNull();
	});
});
