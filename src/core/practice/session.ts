/**
 * Turning a timed session, or minutes typed into the log modal, into a log entry.
 * A session is logged on the local day it started, even when it runs past midnight.
 */
import type { LocalDay } from "../types";
import { toLocalDay, toLocalTime } from "./days";

export const MAX_MINUTES = 1440;

/** Elapsed minutes, rounded to the nearest minute; 0 when the clock went backwards. */
export function sessionMinutes(startedAt: number, stoppedAt: number): number {
	return Math.max(0, Math.round((stoppedAt - startedAt) / 60000));
}

/** The entry for a session; `minutes` may be 0 for a very short one, the caller decides. */
export function sessionToEntry(startedAt: number, stoppedAt: number): { day: LocalDay; time: string; minutes: number } {
	const start = new Date(startedAt);
	return { day: toLocalDay(start), time: toLocalTime(start), minutes: sessionMinutes(startedAt, stoppedAt) };
}

export type MinutesCheck =
	| { ok: true; minutes: number }
	| { ok: false; reason: "empty" | "not-a-number" | "not-whole" | "too-small" | "too-large" };

/** Checks minutes typed by the user: a whole number from 1 to 1440 (full-width digits accepted). */
export function validateMinutes(input: string): MinutesCheck {
	const s = input.normalize("NFKC").trim();
	if (s === "") return { ok: false, reason: "empty" };
	if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(s)) return { ok: false, reason: "not-a-number" };
	const n = Number(s);
	if (!Number.isInteger(n)) return { ok: false, reason: "not-whole" };
	if (n < 1) return { ok: false, reason: "too-small" };
	if (n > MAX_MINUTES) return { ok: false, reason: "too-large" };
	return { ok: true, minutes: n };
}
