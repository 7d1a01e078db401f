import { describe, expect, it } from "vitest";
import { parseEntryLine } from "../../../src/core/practice/parseEntry";

describe("parseEntryLine: the written form", () => {
	it("reads day, time, minutes, comment and keeps the line number", () => {
		expect(parseEntryLine("- 2026-11-27 09:30 · 30 min · comment", 7)).toEqual({
			day: "2026-11-27",
			time: "09:30",
			minutes: 30,
			comment: "comment",
			line: 7,
		});
	});

	it("leaves out time and comment when the line has none", () => {
		const e = parseEntryLine("- 2026-11-27 · 30 min", 0);
		expect(e).toEqual({ day: "2026-11-27", minutes: 30, line: 0 });
		expect(e).not.toHaveProperty("time");
		expect(e).not.toHaveProperty("comment");
	});
});

describe("parseEntryLine: durations", () => {
	it("reads units and clock durations in any case", () => {
		expect(parseEntryLine("- 2026-11-27 · 1H 15M", 0)?.minutes).toBe(75);
		expect(parseEntryLine("- 2026-11-27 · 2 HOURS", 0)?.minutes).toBe(120);
		expect(parseEntryLine("- 2026-11-27 · 3 Hrs 5 Mins", 0)?.minutes).toBe(185);
		expect(parseEntryLine("- 2026-11-27 7:05 · 0:45", 0)).toEqual({ day: "2026-11-27", time: "07:05", minutes: 45, line: 0 });
	});

	it.each([
		["30 min", 30],
		["30m", 30],
		["30 M", 30],
		["45 mins", 45],
		["1 minute", 1],
		["90 minutes", 90],
		["1h", 60],
		["1 h", 60],
		["1 hour", 60],
		["2 hours", 120],
		["2 hrs", 120],
		["1h 15m", 75],
		["1h15m", 75],
		["1 hour 15 minutes", 75],
		["2h 5 min", 125],
		["0h 20m", 20],
		["1:15", 75],
		["0:45", 45],
		["10:00", 600],
	])("reads %j as %i minutes", (duration, minutes) => {
		expect(parseEntryLine(`- 2026-11-27 · ${duration}`, 0)?.minutes).toBe(minutes);
		expect(parseEntryLine(`- 2026-11-27 08:00 · ${duration} · note`, 0)).toMatchObject({ time: "08:00", minutes, comment: "note" });
	});

	it.each(["0 min", "0m", "0h", "0:00", "0h 0m", "1:60", "1:5", "30", "30 minx", "30 mo", "1h15", "half an hour", "1.5h", "-30 min"])(
		"refuses %j",
		(duration) => {
			expect(parseEntryLine(`- 2026-11-27 · ${duration}`, 0)).toBeNull();
		},
	);
});

describe("parseEntryLine: markers, separators, times", () => {
	it.each([
		"- 2026-11-27 09:30 · 30 min · c",
		"* 2026-11-27 09:30 · 30 min · c",
		"+ 2026-11-27 09:30 · 30 min · c",
		"1. 2026-11-27 09:30 · 30 min · c",
		"12) 2026-11-27 09:30 · 30 min · c",
		"\t- 2026-11-27 09:30 · 30 min · c",
		"   - 2026-11-27 09:30 · 30 min · c",
		"- 2026-11-27 09:30 - 30 min - c",
		"- 2026-11-27 09:30 — 30 min — c",
		"- 2026-11-27 09:30 – 30 min – c",
		"- 2026-11-27 09:30 | 30 min | c",
		"- 2026-11-27 · 09:30 · 30 min · c",
		"- 2026-11-27 | 09:30 | 30 min | c",
		"- 2026-11-27 09:30|30 min|c",
		"- 2026-11-27 09:30·30 min·c",
		"- 2026-11-27 09:30 30 min · c",
		"- 2026-11-27  09:30  ·  30 min  ·  c  ",
		"- 2026-11-27 9:30 · 30 min · c",
		"> - 2026-11-27 09:30 · 30 min · c",
		"> > - 2026-11-27 09:30 · 30 min · c",
		"- [[2026-11-27]] 09:30 · 30 min · c",
		"- [[2026-11-27|Friday]] 09:30 · 30 min · c",
	])("reads %j", (line) => {
		expect(parseEntryLine(line, 2)).toEqual({ day: "2026-11-27", time: "09:30", minutes: 30, comment: "c", line: 2 });
	});

	it("reads `H:MM` as the duration when nothing follows it, as the time when a duration does", () => {
		expect(parseEntryLine("- 2026-11-27 1:15", 0)).toEqual({ day: "2026-11-27", minutes: 75, line: 0 });
		expect(parseEntryLine("- 2026-11-27 · 1:15 · scales", 0)).toEqual({ day: "2026-11-27", minutes: 75, comment: "scales", line: 0 });
		expect(parseEntryLine("- 2026-11-27 1:15 · 20 min", 0)).toEqual({ day: "2026-11-27", time: "01:15", minutes: 20, line: 0 });
		expect(parseEntryLine("- 2026-11-27 10:00 1:15", 0)).toEqual({ day: "2026-11-27", time: "10:00", minutes: 75, line: 0 });
	});

	it("reads a date and a duration separated by spaces only", () => {
		expect(parseEntryLine("- 2026-11-27 45m", 0)).toEqual({ day: "2026-11-27", minutes: 45, line: 0 });
	});

	it.each([
		["a day that does not exist", "- 2026-02-30 · 30 min"],
		["an impossible time", "- 2026-11-27 25:00 · 30 min"],
		["an impossible minute", "- 2026-11-27 09:60 · 30 min"],
		["no list marker", "2026-11-27 09:30 · 30 min"],
		["a marker without a space", "-2026-11-27 · 30 min"],
		["a hyphen separator without spaces", "- 2026-11-27 09:30-30 min"],
		["text after the duration without a separator", "- 2026-11-27 · 30 min of scales"],
		["no duration", "- 2026-11-27 · scales"],
		["no date", "- 09:30 · 30 min"],
		["a task", "- [ ] 2026-11-27 · 30 min"],
		["a date in another order", "- 27.11.2026 · 30 min"],
		["a date inside text", "- on 2026-11-27 · 30 min"],
	])("refuses %s", (_why, line) => {
		expect(parseEntryLine(line, 0)).toBeNull();
	});
});

describe("parseEntryLine: comments", () => {
	it("keeps the comment text exactly, trimmed, separators and all", () => {
		expect(parseEntryLine("- 2026-11-27 · 30 min ·   Czerny · op. 299 | no. 5 - slow —  ok   ", 0)?.comment).toBe(
			"Czerny · op. 299 | no. 5 - slow —  ok",
		);
	});

	it("keeps CJK, emoji and markup", () => {
		expect(parseEntryLine("- 2026-11-27 · 30 min · 练习音阶 🎹 **[[Hanon]]** #piano", 0)?.comment).toBe("练习音阶 🎹 **[[Hanon]]** #piano");
	});

	it("keeps a comment that itself looks like a duration or a time", () => {
		expect(parseEntryLine("- 2026-11-27 · 30 min · 12:30 · 5 min", 0)).toEqual({
			day: "2026-11-27",
			minutes: 30,
			comment: "12:30 · 5 min",
			line: 0,
		});
	});

	it("drops an empty comment after a trailing separator", () => {
		expect(parseEntryLine("- 2026-11-27 · 30 min · ", 0)).not.toHaveProperty("comment");
		expect(parseEntryLine("- 2026-11-27 · 30 min |", 0)).toEqual({ day: "2026-11-27", minutes: 30, line: 0 });
	});
});
