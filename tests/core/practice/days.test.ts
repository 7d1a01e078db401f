import { describe, expect, it } from "vitest";
import { addDaysToDay, daysBetween, isValidDay, parseLocalDay, toLocalDay } from "../../../src/core/practice/days";

const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe("time zone of the run", () => {
	it("is one of the two zones the core is tested in", () => {
		expect(["America/New_York", "Pacific/Auckland"]).toContain(tz);
	});
});

describe("toLocalDay", () => {
	it("uses the local calendar day one minute before and after midnight", () => {
		// 23:59 in New York is already the next day in UTC; 00:01 in Auckland is still the previous one.
		expect(toLocalDay(new Date(2026, 10, 27, 23, 59))).toBe("2026-11-27");
		expect(toLocalDay(new Date(2026, 10, 28, 0, 1))).toBe("2026-11-28");
		expect(toLocalDay(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31");
		expect(toLocalDay(new Date(2027, 0, 1, 0, 1))).toBe("2027-01-01");
	});

	it("pads months, days and small years", () => {
		const d = new Date(2000, 0, 1);
		d.setFullYear(7, 2, 4);
		expect(toLocalDay(d)).toBe("0007-03-04");
	});
});

describe("parseLocalDay", () => {
	it("returns local midnight", () => {
		const d = parseLocalDay("2026-11-27");
		expect(d).not.toBeNull();
		expect([d!.getFullYear(), d!.getMonth(), d!.getDate(), d!.getHours(), d!.getMinutes()]).toEqual([2026, 10, 27, 0, 0]);
	});

	it("keeps years below 100 literal", () => {
		expect(parseLocalDay("0026-01-15")?.getFullYear()).toBe(26);
	});

	it.each(["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-05", "26-01-05", "2026-01-05 ", "", "2026/01/05"])(
		"rejects %j",
		(s) => {
			expect(parseLocalDay(s)).toBeNull();
			expect(isValidDay(s)).toBe(false);
		},
	);

	it("accepts leap days of leap years", () => {
		expect(isValidDay("2028-02-29")).toBe(true);
		expect(isValidDay("2000-02-29")).toBe(true);
		expect(isValidDay("1900-02-29")).toBe(false);
	});
});

describe("isValidDay asked again", () => {
	// Valid days are remembered (re-reading a log checks the same days again): the answers must not drift.
	it("gives the same answer every time, for valid and invalid days", () => {
		for (let round = 0; round < 3; round++) {
			expect(isValidDay("2028-02-29")).toBe(true);
			expect(isValidDay("2026-02-29")).toBe(false);
			expect(isValidDay("2026-13-01")).toBe(false);
			expect(isValidDay("0026-01-15")).toBe(true);
		}
	});

	it("stays right after more distinct days than it remembers", () => {
		let valid = 0;
		for (let i = 0; i < 25_000; i++) if (isValidDay(toLocalDay(new Date(1950, 0, 1 + i)))) valid++;
		expect(valid).toBe(25_000);
		expect(isValidDay("2026-02-30")).toBe(false);
		expect(isValidDay("1950-01-01")).toBe(true);
	});
});

// Daylight saving changes in 2026: US spring forward / fall back, NZ fall back / spring forward.
const DST = [
	["2026-03-07", "2026-03-08", "2026-03-09"],
	["2026-10-31", "2026-11-01", "2026-11-02"],
	["2026-04-04", "2026-04-05", "2026-04-06"],
	["2026-09-26", "2026-09-27", "2026-09-28"],
] as const;

describe("addDaysToDay", () => {
	it.each(DST)("steps one calendar day at a time across the DST change of %s..%s", (before, change, after) => {
		expect(addDaysToDay(before, 1)).toBe(change);
		expect(addDaysToDay(change, 1)).toBe(after);
		expect(addDaysToDay(before, 2)).toBe(after);
		expect(addDaysToDay(after, -1)).toBe(change);
		expect(addDaysToDay(after, -2)).toBe(before);
	});

	it("crosses year ends and month ends", () => {
		expect(addDaysToDay("2026-12-31", 1)).toBe("2027-01-01");
		expect(addDaysToDay("2027-01-01", -1)).toBe("2026-12-31");
		expect(addDaysToDay("2028-02-28", 1)).toBe("2028-02-29");
		expect(addDaysToDay("2026-02-28", 1)).toBe("2026-03-01");
		expect(addDaysToDay("2026-01-01", 365)).toBe("2027-01-01");
	});

	it("refuses an invalid day", () => {
		expect(() => addDaysToDay("2026-02-30", 1)).toThrow(RangeError);
	});
});

describe("daysBetween", () => {
	it.each(DST)("counts calendar days, not 24-hour periods, across %s..%s", (before, change, after) => {
		expect(daysBetween(before, after)).toBe(2);
		expect(daysBetween(before, change)).toBe(1);
		expect(daysBetween(change, after)).toBe(1);
		expect(daysBetween(after, before)).toBe(-2);
	});

	it("spans whole years and year ends", () => {
		expect(daysBetween("2026-01-01", "2026-12-31")).toBe(364);
		expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
		expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
		expect(daysBetween("2026-11-27", "2026-11-27")).toBe(0);
	});
});
