/**
 * Local calendar days. Practice is counted per day as the user lives it, so every
 * day here is read and written in the device's time zone, never in UTC: a session
 * at 23:30 in Auckland belongs to that evening, not to the UTC date.
 */
import { addDays, differenceInCalendarDays, startOfWeek } from "date-fns";
import type { LocalDay } from "../types";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of an instant, `YYYY-MM-DD`. */
export function toLocalDay(d: Date): LocalDay {
	// Local fields by hand: date-fns `format` would add 20 KB of locale code to main.js.
	return `${String(d.getFullYear()).padStart(4, "0")}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
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

export function isValidDay(s: string): boolean {
	return parseLocalDay(s) !== null;
}

/** Local midnight of `day`; throws a RangeError when it is not a real date. */
export function mustParseDay(day: LocalDay): Date {
	const d = parseLocalDay(day);
	if (!d) throw new RangeError(`Not a calendar day: ${day}`);
	return d;
}

/** The day `n` calendar days after `day` (before, when negative), whatever DST does in between. */
export function addDaysToDay(day: LocalDay, n: number): LocalDay {
	return toLocalDay(addDays(mustParseDay(day), n));
}

/** Calendar days from `a` to `b`: positive when `b` is later, 0 for the same day. */
export function daysBetween(a: LocalDay, b: LocalDay): number {
	return differenceInCalendarDays(mustParseDay(b), mustParseDay(a));
}

/** The first day of the calendar week holding `day`; weeks start on Sunday (0) or Monday (1). */
export function weekStartDay(day: LocalDay, weekStartsOn: 0 | 1): LocalDay {
	return toLocalDay(startOfWeek(mustParseDay(day), { weekStartsOn }));
}

/** Two-digit zero padding for local date and time fields. */
export function pad2(n: number): string {
	return String(n).padStart(2, "0");
}

/** `HH:MM` of a local time. */
export function toLocalTime(d: Date): string {
	return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}
