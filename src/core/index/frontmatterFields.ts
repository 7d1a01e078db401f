import type { Frontmatter, LocalDay } from "../types";

export type ChallengeStatus = "current" | "active" | "done";

/** Reads a property by exact key, else by case-insensitive key (Obsidian treats property names that way). */
export function readProperty(fm: Frontmatter | null, key: string): unknown {
	if (!fm) return undefined;
	if (key in fm) return fm[key];
	const lower = key.toLowerCase();
	for (const k in fm) if (k.length === lower.length && Object.prototype.hasOwnProperty.call(fm, k) && k.toLowerCase() === lower) return fm[k];
	return undefined;
}

/** `current`, `active` or `done`; anything else (or nothing) counts as active. */
export function readStatus(fm: Frontmatter | null, statusKey: string): ChallengeStatus {
	const v = readProperty(fm, statusKey);
	if (typeof v !== "string") return "active";
	const s = v.trim().toLowerCase();
	return s === "current" || s === "done" ? s : "active";
}

/**
 * A `YYYY-MM-DD` day from a property: a string as written, or a Date that a YAML
 * parser made of an unquoted date (its UTC fields are the written ones).
 */
export function readDay(fm: Frontmatter | null, key: string): LocalDay | null {
	const v = readProperty(fm, key);
	if (v instanceof Date && !isNaN(v.getTime())) {
		const y = v.getUTCFullYear();
		const m = String(v.getUTCMonth() + 1).padStart(2, "0");
		const d = String(v.getUTCDate()).padStart(2, "0");
		return `${y}-${m}-${d}`;
	}
	if (typeof v !== "string") return null;
	const t = v.trim();
	if (t.length < 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return null;
	const y = digits(t, 0, 4);
	const m = digits(t, 5, 2);
	const d = digits(t, 8, 2);
	if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
	return t.slice(0, 10);
}

/** The number written by `count` ASCII digits at `from`, or -1. */
function digits(s: string, from: number, count: number): number {
	let n = 0;
	for (let i = from; i < from + count; i++) {
		const c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		n = n * 10 + c;
	}
	return n;
}

/** As the calendar of `new Date(y, m - 1)`, which reads years 0-99 as 1900-1999. */
function daysInMonth(y: number, m: number): number {
	if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
	const year = y < 100 ? 1900 + y : y;
	return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** A positive whole number of minutes (number or numeric string), else null. */
export function readMinutes(fm: Frontmatter | null, key: string): number | null {
	const v = readProperty(fm, key);
	const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
	return Number.isInteger(n) && n > 0 && n <= 1440 ? n : null;
}
