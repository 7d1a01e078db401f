/**
 * Durations as people type them in a practice log: `30 min`, `30m`, `1h`,
 * `1h 15m`, `1:15`, `90 minutes`, `2 hours`. One pattern source is shared with
 * the entry parser so that what it matches is exactly what this file can read.
 */

const HOURS = String.raw`(?:hours?|hrs?|h)`;
const MINUTES = String.raw`(?:minutes?|mins?|m)`;

/** Regex source for one duration token (no capture groups, use with the `i` and `u` flags). */
export const DURATION_SOURCE =
	String.raw`(?:\d{1,2}:\d{2}|\d+[ \t]*${HOURS}(?:[ \t]*\d+[ \t]*${MINUTES})?|\d+[ \t]*${MINUTES})(?![\p{L}\p{N}])`;

const CLOCK = /^(\d{1,2}):(\d{2})$/;
const HOURS_PART = new RegExp(String.raw`^(\d+)[ \t]*${HOURS}`, "i");
const MINUTES_PART = new RegExp(String.raw`^[ \t]*(\d+)[ \t]*${MINUTES}$`, "i");

/** Minutes in a duration token matched by DURATION_SOURCE, or null when it is not a positive duration. */
export function durationMinutes(token: string): number | null {
	const t = token.trim();
	let total: number;
	// Each pattern needs a character most tokens lack (`:`, `h`); without it the regex is skipped.
	const clock = t.includes(":") ? CLOCK.exec(t) : null;
	if (clock) {
		if (Number(clock[2]) > 59) return null;
		total = Number(clock[1]) * 60 + Number(clock[2]);
	} else {
		const h = t.includes("h") || t.includes("H") ? HOURS_PART.exec(t) : null;
		const rest = h ? t.slice(h[0].length) : t;
		const m = rest === "" ? null : MINUTES_PART.exec(rest);
		if (rest !== "" && !m) return null;
		total = (h ? Number(h[1]) * 60 : 0) + (m ? Number(m[1]) : 0);
	}
	return Number.isSafeInteger(total) && total > 0 ? total : null;
}
