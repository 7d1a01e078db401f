import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDay, readMinutes, readProperty, readStatus } from "../../../src/core/index/frontmatterFields";

/** The rule as first written: a regular expression, then the calendar of `new Date` decides. */
function readDayByDate(v: unknown): string | null {
	if (typeof v !== "string") return null;
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
	if (!m) return null;
	const probe = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	if (probe.getMonth() !== Number(m[2]) - 1 || probe.getDate() !== Number(m[3])) return null;
	return `${m[1]}-${m[2]}-${m[3]}`;
}

describe("readDay", () => {
	it("reads a day as written, with or without a time after it", () => {
		expect(readDay({ d: "2026-12-20" }, "d")).toBe("2026-12-20");
		expect(readDay({ d: " 2026-12-20T10:00 " }, "d")).toBe("2026-12-20");
		expect(readDay({ d: "2024-02-29" }, "d")).toBe("2024-02-29");
	});

	it("refuses days the calendar does not have, and anything else", () => {
		for (const v of ["2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-12-00", "2026-1-05", "26-12-20", "2026/12/20", "", "x", 20261220, null]) {
			expect(readDay({ d: v }, "d"), String(v)).toBeNull();
		}
		expect(readDay({ d: "1900-02-29" }, "d")).toBeNull();
		expect(readDay({ d: "2000-02-29" }, "d")).toBe("2000-02-29");
	});

	it("keeps new Date's reading of years 0-99 as 1900-1999 for February 29", () => {
		for (const v of ["0000-02-29", "0004-02-29", "0001-02-29", "0100-02-29", "0400-02-29"]) expect(readDay({ d: v }, "d"), v).toBe(readDayByDate(v));
		expect(readDay({ d: "0000-02-29" }, "d")).toBeNull();
		expect(readDay({ d: "0004-02-29" }, "d")).toBe("0004-02-29");
	});

	it("reads a Date made of an unquoted YAML date by its UTC fields", () => {
		expect(readDay({ d: new Date(Date.UTC(2027, 0, 5)) }, "d")).toBe("2027-01-05");
		expect(readDay({ d: new Date(NaN) }, "d")).toBeNull();
	});

	it("agrees with the calendar of new Date for any string", () => {
		const two = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, "0"));
		const year = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0"));
		const dayLike = fc.tuple(year, two, two, fc.constantFrom("", "T09:00", " ", "x")).map(([y, m, d, rest]) => `${y}-${m}-${d}${rest}`);
		fc.assert(
			fc.property(fc.oneof(dayLike, fc.string({ maxLength: 12 }), fc.stringMatching(/^[0-9 -]{8,12}$/)), (v) => {
				expect(readDay({ d: v }, "d")).toBe(readDayByDate(v));
			}),
			{ numRuns: 5000 },
		);
	});
});

describe("readProperty", () => {
	it("finds a key exactly, else in any letter case, and never an inherited one", () => {
		expect(readProperty({ Deadline: 1, deadline: 2 }, "deadline")).toBe(2);
		expect(readProperty({ DeadLine: 3 }, "deadline")).toBe(3);
		expect(readProperty({ deadlines: 4 }, "deadline")).toBeUndefined();
		expect(readProperty(Object.create({ deadline: 5 }) as Record<string, unknown>, "DEADLINE")).toBeUndefined();
		expect(readProperty(null, "deadline")).toBeUndefined();
	});

	it("reads status and minutes through it", () => {
		expect(readStatus({ Status: " Current " }, "status")).toBe("current");
		expect(readMinutes({ DAILY_GOAL: "45" }, "daily_goal")).toBe(45);
	});
});
