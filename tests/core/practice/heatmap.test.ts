import { describe, expect, it } from "vitest";
import { daysBetween } from "../../../src/core/practice/days";
import { heatLevel, heatmapGrid } from "../../../src/core/practice/heatmap";

const totals = (pairs: Record<string, number>) => new Map(Object.entries(pairs));

describe("heatmapGrid", () => {
	it("has 12 week columns of 7 consecutive days, the last holding today", () => {
		const grid = heatmapGrid(new Map(), "2026-11-27", 30, 1);
		expect(grid).toHaveLength(12);
		for (const column of grid) expect(column).toHaveLength(7);
		const days = grid.flat().map((c) => c.day);
		expect(days[0]).toBe("2026-09-07");
		expect(days[83]).toBe("2026-11-29");
		for (let i = 1; i < days.length; i++) expect(daysBetween(days[i - 1], days[i])).toBe(1);
		expect(grid[11].map((c) => c.day)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]);
	});

	it("starts columns on Sunday when asked", () => {
		const grid = heatmapGrid(new Map(), "2026-11-27", 30, 0);
		expect(grid[11][0].day).toBe("2026-11-22");
		expect(grid[11][6].day).toBe("2026-11-28");
		expect(grid[0][0].day).toBe("2026-09-06");
	});

	it("puts today in the last column on the first and last day of a week", () => {
		expect(heatmapGrid(new Map(), "2026-11-23", 30, 1)[11][0].day).toBe("2026-11-23");
		expect(heatmapGrid(new Map(), "2026-11-29", 30, 1)[11][6].day).toBe("2026-11-29");
		expect(heatmapGrid(new Map(), "2026-11-29", 30, 0)[11][0].day).toBe("2026-11-29");
	});

	it("marks the days after today as future", () => {
		const last = heatmapGrid(new Map(), "2026-11-27", 30, 1)[11];
		expect(last.map((c) => c.future)).toEqual([false, false, false, false, false, true, true]);
		expect(heatmapGrid(new Map(), "2026-11-27", 30, 1).slice(0, 11).flat().some((c) => c.future)).toBe(false);
	});

	it("fills minutes and levels from the totals", () => {
		const grid = heatmapGrid(totals({ "2026-11-24": 7, "2026-11-25": 30, "2026-11-26": 15, "2026-09-07": 1, "2026-09-06": 99 }), "2026-11-27", 30, 1);
		expect(grid[11].slice(0, 4).map((c) => [c.minutes, c.level])).toEqual([[0, 0], [7, 1], [30, 4], [15, 3]]);
		expect(grid[0][0]).toEqual({ day: "2026-09-07", minutes: 1, level: 1, future: false });
		expect(grid.flat().some((c) => c.day === "2026-09-06")).toBe(false);
	});

	it.each([
		["2026-03-08", "2026-03-02"],
		["2026-03-09", "2026-03-09"],
		["2026-11-01", "2026-10-26"],
		["2026-04-05", "2026-03-30"],
		["2026-09-27", "2026-09-21"],
		["2026-09-28", "2026-09-28"],
		["2027-01-01", "2026-12-28"],
	])("keeps whole weeks around DST changes and year ends (today %s)", (today, monday) => {
		const grid = heatmapGrid(new Map(), today, 30, 1);
		expect(grid[11][0].day).toBe(monday);
		const days = grid.flat().map((c) => c.day);
		expect(new Set(days).size).toBe(84);
		for (let i = 1; i < days.length; i++) expect(daysBetween(days[i - 1], days[i])).toBe(1);
		expect(days).toContain(today);
	});
});

describe("heatLevel", () => {
	it.each([
		[0, 0],
		[1, 1],
		[7, 1],
		[8, 2],
		[14, 2],
		[15, 3],
		[29, 3],
		[30, 4],
		[300, 4],
	])("%i minutes of a 30 minute goal is level %i", (minutes, level) => {
		expect(heatLevel(minutes, 30)).toBe(level);
	});

	it("shows any practice as the goal reached when the goal is 0", () => {
		expect(heatLevel(1, 0)).toBe(4);
		expect(heatLevel(0, 0)).toBe(0);
	});
});
