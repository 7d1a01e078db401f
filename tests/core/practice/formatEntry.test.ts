import { describe, expect, it } from "vitest";
import { formatEntry } from "../../../src/core/practice/formatEntry";

describe("formatEntry", () => {
	it("writes the canonical form", () => {
		expect(formatEntry({ day: "2026-11-27", time: "09:30", minutes: 30, comment: "comment" })).toBe("- 2026-11-27 09:30 · 30 min · comment");
	});

	it("leaves out a missing time", () => {
		expect(formatEntry({ day: "2026-11-27", minutes: 90 })).toBe("- 2026-11-27 · 90 min");
	});

	it.each([undefined, "", "   ", "\n", "\r\n\t"])("leaves out an empty comment (%j)", (comment) => {
		expect(formatEntry({ day: "2026-11-27", time: "23:59", minutes: 1, comment })).toBe("- 2026-11-27 23:59 · 1 min");
	});

	it("turns line breaks in the comment into spaces and trims it", () => {
		expect(formatEntry({ day: "2026-11-27", minutes: 5, comment: "  first\nsecond\r\nthird\rfourth  " })).toBe(
			"- 2026-11-27 · 5 min · first second third fourth",
		);
	});

	it("keeps the comment's own separators and unicode", () => {
		expect(formatEntry({ day: "2026-11-27", minutes: 5, comment: "Hanon · no. 1 | 练习 🎹" })).toBe("- 2026-11-27 · 5 min · Hanon · no. 1 | 练习 🎹");
	});

	it.each([
		{ day: "2026-02-30", minutes: 5 },
		{ day: "27.11.2026", minutes: 5 },
		{ day: "2026-11-27", time: "9:30", minutes: 5 },
		{ day: "2026-11-27", time: "24:00", minutes: 5 },
		{ day: "2026-11-27", minutes: 0 },
		{ day: "2026-11-27", minutes: 2.5 },
		{ day: "2026-11-27", minutes: Number.NaN },
	])("refuses to write a line the reader would not read: %j", (e) => {
		expect(() => formatEntry(e)).toThrow(RangeError);
	});
});
