import { describe, expect, it } from "vitest";
import { practiceProperties } from "../../../src/core/practice/properties";
import { parsePracticeLog } from "../../../src/core/practice/parseLog";

describe("practiceProperties", () => {
	it("gives the log's total minutes and latest day, whatever the line order", () => {
		const log = parsePracticeLog(
			["## Practice log", "- 2026-11-27 · 30 min", "- 2027-01-01 · 1h", "- 2026-12-31 · 15m", "- broken", "## Other", "- 2028-01-01 · 5 min"].join("\n"),
			"Practice log",
		);
		expect(practiceProperties(log)).toEqual({ practice_minutes: 105, last_practiced: "2027-01-01" });
	});

	it("gives 0 and null for an empty log", () => {
		expect(practiceProperties({ headingLine: null, entries: [], unreadable: [] })).toEqual({ practice_minutes: 0, last_practiced: null });
	});
});
