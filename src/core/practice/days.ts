/**
 * Local calendar days. Practice is counted per day as the user lives it, so every
 * day here is read and written in the device's time zone, never in UTC: a session
 * at 23:30 in Auckland belongs to that evening, not to the UTC date.
 */
import type { LocalDay } from "../types";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` of a year, a month index (0 = January) and a day of the month. */
function dayOf(year: number, monthIndex: number, date: number): LocalDay {
	return `${String(year).padStart(4, "0")}-${pad2(monthIndex + 1)}-${pad2(date)}`;
}

/** The local calendar day of an instant, `YYYY-MM-DD`. */
export function toLocalDay(d: Date): LocalDay {
	// Local fields by hand: a date library would cost main.js bytes its 80 KB budget does not have.
	return dayOf(d.getFullYear(), d.getMonth(), d.getDate());
}

/** Local midnight of a `YYYY-MM-DD` day, or null when it is not a real date (`2026-02-30`). */
export function parseLocalDay(s: string): Date | null {
	const m = DAY.exec(s);
	if (!m) return null;
	const y = Number(m[1]);
	const month = Number(m[2]) - 1;
	const day = Number(m[3]);
	// setFullYear keeps years below 100 literal (the constructor would map 26 to 1926).
	const date = new Date(2000, 0, 1);
	date.setFullYear(y, month, day);
	if (date.getFullYear() !== y || date.getMonth() !== month || date.getDate() !== day) return null;
	return date;
}

/**
 * Days already found valid. Every re-read of a challenge checks each day of its
 * log again, and building a local Date per day is the slow part; the answer
 * for a given string does not change, so it is remembered (up to a bound).
 */
const validDays = new Set<string>();
const MAX_REMEMBERED_DAYS = 20_000;

export function isValidDay(s: string): boolean {
	if (validDays.has(s)) return true;
	if (parseLocalDay(s) === null) return false;
	if (validDays.size >= MAX_REMEMBERED_DAYS) validDays.clear();
	validDays.add(s);
	return true;
}

/** Local midnight of `day`; throws a RangeError when it is not a real date. */
export function mustParseDay(day: LocalDay): Date {
	const d = parseLocalDay(day);
	if (!d) throw new RangeError(`Not a calendar day: ${day}`);
	return d;
}

/**
 * `day` as midnight UTC, for arithmetic on the calendar alone: every UTC day
 * has 24 hours, so no DST change (of any time zone) can move a result.
 * Throws a RangeError when `day` is not a real date.
 */
function calendarDate(day: LocalDay): Date {
	const local = mustParseDay(day);
	const utc = new Date(0);
	// setUTCFullYear keeps years below 100 literal, like parseLocalDay.
	utc.setUTCFullYear(local.getFullYear(), local.getMonth(), local.getDate());
	return utc;
}

/** The day `n` calendar days after `day` (before, when negative), whatever DST does in between. */
export function addDaysToDay(day: LocalDay, n: number): LocalDay {
	const d = calendarDate(day);
	d.setUTCDate(d.getUTCDate() + n);
	return dayOf(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** Calendar days from `a` to `b`: positive when `b` is later, 0 for the same day. */
export function daysBetween(a: LocalDay, b: LocalDay): number {
	return (calendarDate(b).getTime() - calendarDate(a).getTime()) / MS_PER_DAY;
}

/** The first day of the calendar week holding `day`; weeks start on Sunday (0) or Monday (1). */
export function weekStartDay(day: LocalDay, weekStartsOn: 0 | 1): LocalDay {
	const weekday = calendarDate(day).getUTCDay();
	return addDaysToDay(day, -((weekday - weekStartsOn + 7) % 7));
}

/** Two-digit zero padding for local date and time fields. */
export function pad2(n: number): string {
	return String(n).padStart(2, "0");
}

/** `HH:MM` of a local time. */
export function toLocalTime(d: Date): string {
	return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}
