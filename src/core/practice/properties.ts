/**
 * The front matter properties mirrored from the log (`practice_minutes`,
 * `last_practiced`), so Dataview and Bases can query practice without reading
 * the log. The log stays the source of truth; these are recomputed on each write.
 */
import type { LocalDay, PracticeEntry, PracticeLog } from "../types";

export interface PracticeProperties {
	practice_minutes: number;
	last_practiced: LocalDay | null;
}

export function totalMinutes(entries: readonly Pick<PracticeEntry, "minutes">[]): number {
	return entries.reduce((sum, e) => sum + e.minutes, 0);
}

/** The latest day with an entry (`YYYY-MM-DD` sorts as text), or null for an empty log. */
export function lastPracticed(entries: readonly Pick<PracticeEntry, "day">[]): LocalDay | null {
	let last: LocalDay | null = null;
	for (const e of entries) if (last === null || e.day > last) last = e.day;
	return last;
}

export function practiceProperties(log: PracticeLog): PracticeProperties {
	return { practice_minutes: totalMinutes(log.entries), last_practiced: lastPracticed(log.entries) };
}
