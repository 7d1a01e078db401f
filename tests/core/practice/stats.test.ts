import { describe, expect, it } from "vitest";
import { sessionToEntry } from "../../../src/core/practice/session";
import { dailyTotals, practiceSummary, streaks, weekTotal } from "../../../src/core/practice/stats";
import { parsePracticeLog } from "../../../src/core/practice/parseLog";
import type { PracticeLog } from "../../../src/core/types";

const totals = (pairs: Record<string, number>) => new Map(Object.entries(pairs));
const entry = (day: string, minutes: number, line = 0) => ({ day, minutes, line });

describe("dailyTotals", () => {
	it("sums the entries of each day", () => {
		expect(dailyTotals([entry("2026-11-27", 10), entry("2026-11-28", 5), entry("2026-11-27", 20)])).toEqual(
			totals({ "2026-11-27": 30, "2026-11-28": 5 }),
		);
	});

	it("puts sessions at 23:59 and 00:01 on their own local days", () => {
		const late = sessionToEntry(new Date(2026, 10, 27, 23, 59).getTime(), new Date(2026, 10, 28, 0, 29).getTime());
		const early = sessionToEntry(new Date(2026, 10, 28, 0, 1).getTime(), new Date(2026, 10, 28, 0, 21).getTime());
		expect(dailyTotals([late, early])).toEqual(totals({ "2026-11-27": 30, "2026-11-28": 20 }));
	});
});

describe("streaks", () => {
	const met = (...days: string[]) => totals(Object.fromEntries(days.map((d) => [d, 30])));

	it("counts consecutive goal days ending today", () => {
		expect(streaks(met("2026-11-25", "2026-11-26", "2026-11-27"), 30, "2026-11-27")).toEqual({ current: 3, best: 3 });
	});

	it("keeps a streak that ended yesterday while today is still open", () => {
		expect(streaks(met("2026-11-25", "2026-11-26"), 30, "2026-11-27")).toEqual({ current: 2, best: 2 });
		const partToday = totals({ "2026-11-25": 30, "2026-11-26": 30, "2026-11-27": 10 });
		expect(streaks(partToday, 30, "2026-11-27").current).toBe(2);
	});

	it("is broken by a missed day or a day below the goal", () => {
		expect(streaks(met("2026-11-24", "2026-11-25"), 30, "2026-11-27")).toEqual({ current: 0, best: 2 });
		const short = totals({ "2026-11-25": 30, "2026-11-26": 29, "2026-11-27": 30 });
		expect(streaks(short, 30, "2026-11-27")).toEqual({ current: 1, best: 1 });
	});

	it("keeps the best run from the past", () => {
		const t = met("2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-11-26", "2026-11-27");
		expect(streaks(t, 30, "2026-11-27")).toEqual({ current: 2, best: 4 });
	});

	it("does not count future-dated entries", () => {
		expect(streaks(met("2026-11-28", "2026-11-29", "2026-11-30"), 30, "2026-11-27")).toEqual({ current: 0, best: 0 });
		expect(streaks(met("2026-11-27", "2026-11-28"), 30, "2026-11-27")).toEqual({ current: 1, best: 1 });
	});

	it("never counts a day without practice, even with a goal of 0", () => {
		expect(streaks(totals({ "2026-11-27": 1, "2026-11-26": 0 }), 0, "2026-11-27")).toEqual({ current: 1, best: 1 });
	});

	it.each([
		["US spring forward", "2026-03-07", "2026-03-08", "2026-03-09"],
		["US fall back", "2026-10-31", "2026-11-01", "2026-11-02"],
		["NZ fall back", "2026-04-04", "2026-04-05", "2026-04-06"],
		["NZ spring forward", "2026-09-26", "2026-09-27", "2026-09-28"],
		["year end", "2026-12-30", "2026-12-31", "2027-01-01"],
	])("runs through the %s", (_what, a, b, c) => {
		expect(streaks(met(a, b, c), 30, c)).toEqual({ current: 3, best: 3 });
		expect(streaks(met(a, b, c), 30, b)).toEqual({ current: 2, best: 2 });
		expect(streaks(met(a, c), 30, c)).toEqual({ current: 1, best: 1 });
	});
});

describe("weekTotal", () => {
	const t = totals({ "2026-11-22": 1, "2026-11-23": 2, "2026-11-27": 4, "2026-11-29": 8, "2026-11-30": 16 });

	it("sums Monday to Sunday by default", () => {
		expect(weekTotal(t, "2026-11-27")).toBe(2 + 4 + 8);
		expect(weekTotal(t, "2026-11-23", 1)).toBe(2 + 4 + 8);
		expect(weekTotal(t, "2026-11-30", 1)).toBe(16);
	});

	it("sums Sunday to Saturday when the week starts on Sunday", () => {
		expect(weekTotal(t, "2026-11-27", 0)).toBe(1 + 2 + 4);
		expect(weekTotal(t, "2026-11-29", 0)).toBe(8 + 16);
	});

	it("spans the year end", () => {
		const y = totals({ "2026-12-27": 1, "2026-12-28": 2, "2026-12-31": 4, "2027-01-01": 8, "2027-01-03": 16, "2027-01-04": 32 });
		expect(weekTotal(y, "2027-01-01")).toBe(2 + 4 + 8 + 16);
	});

	it.each([
		["US", "2026-03-08", { "2026-03-02": 1, "2026-03-08": 2, "2026-03-09": 4 }, 3],
		["NZ", "2026-09-27", { "2026-09-21": 1, "2026-09-27": 2, "2026-09-28": 4 }, 3],
		["US fall back", "2026-11-01", { "2026-10-26": 1, "2026-11-01": 2, "2026-11-02": 4 }, 3],
		["NZ fall back", "2026-04-05", { "2026-03-30": 1, "2026-04-05": 2, "2026-04-06": 4 }, 3],
	])("holds exactly seven days around the %s DST change", (_what, today, pairs, sum) => {
		expect(weekTotal(totals(pairs), today)).toBe(sum);
	});
});

describe("practiceSummary", () => {
	it("puts the log's numbers together", () => {
		const log: PracticeLog = {
			headingLine: 0,
			entries: [entry("2026-11-25", 30), entry("2026-11-26", 45), entry("2026-11-27", 10), entry("2026-11-27", 5), entry("2026-10-01", 100)],
			unreadable: [{ line: 9, raw: "- ?" }, { line: 10, raw: "- ??" }],
		};
		const s = practiceSummary(log, 30, "2026-11-27");
		expect(s).toMatchObject({
			goal: 30,
			todayMinutes: 15,
			streak: 2,
			best: 2,
			weekMinutes: 30 + 45 + 15,
			totalMinutes: 190,
			lastPracticed: "2026-11-27",
			unreadable: 2,
		});
		expect(s.grid).toHaveLength(12);
		expect(s.grid[11].find((c) => c.day === "2026-11-27")).toMatchObject({ minutes: 15, level: 3 });
	});

	it("passes the week start to the week total and the grid", () => {
		const log: PracticeLog = { headingLine: 0, entries: [entry("2026-11-22", 7)], unreadable: [] };
		expect(practiceSummary(log, 30, "2026-11-27", 0)).toMatchObject({ weekMinutes: 7 });
		expect(practiceSummary(log, 30, "2026-11-27", 0).grid[11][0].day).toBe("2026-11-22");
		expect(practiceSummary(log, 30, "2026-11-27").weekMinutes).toBe(0);
	});

	it("summarises an empty log", () => {
		const s = practiceSummary({ headingLine: null, entries: [], unreadable: [] }, 30, "2026-11-27");
		expect(s).toMatchObject({ todayMinutes: 0, streak: 0, best: 0, weekMinutes: 0, totalMinutes: 0, lastPracticed: null, unreadable: 0 });
		expect(s.grid.flat().every((c) => c.level === 0)).toBe(true);
	});

	it("works from a note's text end to end", () => {
		const text = ["## Practice log", "- 2026-11-26 · 1h", "- 2026-11-27 07:10 | 1:15 | 练习", "- later", "## Notes", "- 2026-11-27 · 500 min"].join("\r\n");
		expect(practiceSummary(parsePracticeLog(text, "Practice log"), 60, "2026-11-27")).toMatchObject({
			todayMinutes: 75,
			streak: 2,
			totalMinutes: 135,
			unreadable: 1,
		});
	});
});
