import type { Frontmatter, LocalDay } from "../types";

export type ChallengeStatus = "current" | "active" | "done";

/** Reads a property by exact key, else by case-insensitive key (Obsidian treats property names that way). */
export function readProperty(fm: Frontmatter | null, key: string): unknown {
	if (!fm) return undefined;
	if (key in fm) return fm[key];
	const lower = key.toLowerCase();
	for (const k of Object.keys(fm)) if (k.length === lower.length && k.toLowerCase() === lower) return fm[k];
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
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
	if (!m) return null;
	const probe = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	if (probe.getMonth() !== Number(m[2]) - 1 || probe.getDate() !== Number(m[3])) return null;
	return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A positive whole number of minutes (number or numeric string), else null. */
export function readMinutes(fm: Frontmatter | null, key: string): number | null {
	const v = readProperty(fm, key);
	const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
	return Number.isInteger(n) && n > 0 && n <= 1440 ? n : null;
}
