/**
 * Reads one practice log line. The written form is `- 2026-11-27 09:30 · 30 min · comment`,
 * but people type their own variants by hand, so the reader accepts any list marker,
 * an optional time, the usual ways of writing a duration and several separators.
 * A line it cannot read yields null; the caller keeps such lines untouched.
 */
import type { PracticeEntry } from "../types";
import { unquoted } from "../markdown/scan";
import { isValidDay } from "./days";
import { DURATION_SOURCE, durationMinutes } from "./duration";

/** A list marker and the space after it. */
const MARKER = String.raw`^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+`;
/** A plain date, or a link to a daily note named by its date (`[[2026-11-27]]`, with an optional alias). */
const DATE = String.raw`(?:\[\[(\d{4}-\d{2}-\d{2})(?:\|[^\]\n]*)?\]\]|(\d{4}-\d{2}-\d{2}))`;
/** `·`, `|`, dashes: a hyphen needs spaces around it; the others may touch their neighbours. */
const SEP = String.raw`(?:[ \t]+-[ \t]+|[ \t]*[·|—–][ \t]*)`;
/** Between date, time and duration a separator is optional: plain spaces are enough. */
const GAP = String.raw`(?:${SEP}|[ \t]+)`;
const TIME = String.raw`(\d{1,2}:\d{2})`;
const DURATION = `(${DURATION_SOURCE})`;
/** After the duration: the end of the line, or a separator and a comment. */
const TAIL = String.raw`(?:${SEP}([\s\S]*))?$`;

const WITH_TIME = new RegExp(`${MARKER}${DATE}${GAP}${TIME}${GAP}${DURATION}${TAIL}`, "iu");
const WITHOUT_TIME = new RegExp(`${MARKER}${DATE}${GAP}${DURATION}${TAIL}`, "iu");
const CLOCK_TIME = /^(?:[01]?\d|2[0-3]):[0-5]\d$/;

/**
 * Parses a log line (a blockquote prefix is allowed) into an entry, or null.
 * `1:15` right after the date is a time when a duration follows it, else the duration;
 * a line shaped as date, time, duration is read that way or not at all (`25:00 · 30 min`).
 */
export function parseEntryLine(line: string, lineNo: number): PracticeEntry | null {
	const text = unquoted(line).trimEnd();
	const timed = WITH_TIME.exec(text);
	if (timed) {
		const time = normaliseTime(timed[3]);
		return time ? build(timed[1] ?? timed[2], time, timed[4], timed[5], lineNo) : null;
	}
	const untimed = WITHOUT_TIME.exec(text);
	return untimed ? build(untimed[1] ?? untimed[2], null, untimed[3], untimed[4], lineNo) : null;
}

function build(
	day: string,
	time: string | null,
	duration: string,
	rawComment: string | undefined,
	line: number,
): PracticeEntry | null {
	const minutes = durationMinutes(duration);
	if (minutes === null || !isValidDay(day)) return null;
	const comment = rawComment?.trim();
	// One literal per shape rather than spreads: a log has thousands of lines, and
	// literals keep the entries' few shapes known to the engine (fast to make and read).
	if (time) return comment ? { day, time, minutes, comment, line } : { day, time, minutes, line };
	return comment ? { day, minutes, comment, line } : { day, minutes, line };
}

/** `t` (`H:MM` or `HH:MM`) as `HH:MM`, or null when it is no time of day. */
function normaliseTime(t: string): string | null {
	if (!CLOCK_TIME.test(t)) return null;
	return t.length === 5 ? t : `0${t}`;
}
