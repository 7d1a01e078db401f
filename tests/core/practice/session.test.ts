import { describe, expect, it } from "vitest";
import { sessionMinutes, sessionToEntry, validateMinutes } from "../../../src/core/practice/session";

const at = (...parts: [number, number, number, number, number, number?]) => new Date(...parts).getTime();
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe("sessionMinutes", () => {
	it("rounds to the nearest minute", () => {
		const start = at(2026, 10, 27, 9, 0);
		expect(sessionMinutes(start, start + 29 * 60_000 + 29_999)).toBe(29);
		expect(sessionMinutes(start, start + 29 * 60_000 + 30_000)).toBe(30);
		expect(sessionMinutes(start, start + 20_000)).toBe(0);
	});

	it("gives 0 when the clock went backwards", () => {
		expect(sessionMinutes(at(2026, 10, 27, 9, 0), at(2026, 10, 27, 8, 0))).toBe(0);
	});
});

describe("sessionToEntry", () => {
	it("logs on the start day at the start time", () => {
		expect(sessionToEntry(at(2026, 10, 27, 9, 30), at(2026, 10, 27, 10, 0))).toEqual({ day: "2026-11-27", time: "09:30", minutes: 30 });
	});

	it("logs a session across midnight on its start day", () => {
		expect(sessionToEntry(at(2026, 10, 27, 23, 59), at(2026, 10, 28, 0, 29))).toEqual({ day: "2026-11-27", time: "23:59", minutes: 30 });
		expect(sessionToEntry(at(2026, 11, 31, 23, 40), at(2027, 0, 1, 0, 25))).toEqual({ day: "2026-12-31", time: "23:40", minutes: 45 });
	});

	it("logs a session starting at 00:01 on the new day", () => {
		expect(sessionToEntry(at(2026, 10, 28, 0, 1), at(2026, 10, 28, 0, 11))).toEqual({ day: "2026-11-28", time: "00:01", minutes: 10 });
	});

	it("measures real time across a DST change, not the wall clock", () => {
		// 01:30 to 03:30 on a spring-forward night is one hour of practice.
		const us = sessionToEntry(at(2026, 2, 8, 1, 30), at(2026, 2, 8, 3, 30));
		const nz = sessionToEntry(at(2026, 8, 27, 1, 30), at(2026, 8, 27, 3, 30));
		expect(us).toMatchObject({ day: "2026-03-08", time: "01:30", minutes: tz === "America/New_York" ? 60 : 120 });
		expect(nz).toMatchObject({ day: "2026-09-27", time: "01:30", minutes: tz === "Pacific/Auckland" ? 60 : 120 });
		// 00:30 plus three real hours on a fall-back night.
		const fallUs = at(2026, 10, 1, 0, 30);
		expect(sessionToEntry(fallUs, fallUs + 3 * 3_600_000)).toEqual({ day: "2026-11-01", time: "00:30", minutes: 180 });
		const fallNz = at(2026, 3, 5, 0, 30);
		expect(sessionToEntry(fallNz, fallNz + 3 * 3_600_000)).toEqual({ day: "2026-04-05", time: "00:30", minutes: 180 });
	});
});

describe("validateMinutes", () => {
	it.each([
		["30", 30],
		[" 45 ", 45],
		["1", 1],
		["1440", 1440],
		["+20", 20],
		["30.0", 30],
		["０３０", 30],
		["９０", 90],
	])("accepts %j", (input, minutes) => {
		expect(validateMinutes(input)).toEqual({ ok: true, minutes });
	});

	it.each([
		["", "empty"],
		["   ", "empty"],
		["abc", "not-a-number"],
		["30 min", "not-a-number"],
		["1e2", "not-a-number"],
		["0x10", "not-a-number"],
		["1,5", "not-a-number"],
		["1:15", "not-a-number"],
		["1.5", "not-whole"],
		[".5", "not-whole"],
		["-2.5", "not-whole"],
		["0", "too-small"],
		["-5", "too-small"],
		["1441", "too-large"],
		["99999999999999999999", "too-large"],
	])("refuses %j as %s", (input, reason) => {
		expect(validateMinutes(input)).toEqual({ ok: false, reason });
	});
});
