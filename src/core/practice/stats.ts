/**
 * What the sidebar shows about practice: per-day totals, the streak, this week's
 * minutes. Everything works on local calendar days (see days.ts), so a late-evening
 * session and a DST change never move minutes to the wrong day.
 */
import type { LocalDay, PracticeEntry, PracticeLog } from "../types";
import { addDaysToDay, daysBetween, weekStartDay } from "./days";
import { heatmapGrid, type HeatmapCell, type WeekStart } from "./heatmap";
import { lastPracticed, totalMinutes } from "./properties";

export { heatmapGrid, type HeatmapCell, type WeekStart } from "./heatmap";

export function dailyTotals(entries: readonly Pick<PracticeEntry, "day" | "minutes">[]): Map<LocalDay, number> {
	const totals = new Map<LocalDay, number>();
	for (const e of entries) totals.set(e.day, (totals.get(e.day) ?? 0) + e.minutes);
	return totals;
}

/** A day counts for the streak when it has practice and reaches the goal. */
export function meetsGoal(minutes: number, goal: number): boolean {
	return minutes > 0 && minutes >= goal;
}

/**
 * `current`: consecutive goal days ending today, or ending yesterday while today is
 * still open. `best`: the longest such run up to today (future-dated entries do not count).
 */
export function streaks(totals: Map<LocalDay, number>, goal: number, today: LocalDay): { current: number; best: number } {
	const met = (day: LocalDay) => meetsGoal(totals.get(day) ?? 0, goal);
	let current = 0;
	let day = met(today) ? today : addDaysToDay(today, -1);
	while (met(day)) {
		current++;
		day = addDaysToDay(day, -1);
	}
	const days = [...totals.keys()].filter((d) => d <= today && met(d)).sort();
	let best = 0;
	let run = 0;
	for (let i = 0; i < days.length; i++) {
		run = i > 0 && daysBetween(days[i - 1], days[i]) === 1 ? run + 1 : 1;
		best = Math.max(best, run);
	}
	return { current, best: Math.max(best, current) };
}

/** Minutes in the calendar week holding the day today (Monday to Sunday by default). */
export function weekTotal(totals: Map<LocalDay, number>, today: LocalDay, weekStartsOn: WeekStart = 1): number {
	const first = weekStartDay(today, weekStartsOn);
	let sum = 0;
	for (let i = 0; i < 7; i++) sum += totals.get(addDaysToDay(first, i)) ?? 0;
	return sum;
}

export interface PracticeSummary {
	goal: number;
	todayMinutes: number;
	streak: number;
	best: number;
	weekMinutes: number;
	totalMinutes: number;
	lastPracticed: LocalDay | null;
	/** 12 weeks, oldest first, 7 days each; the last week holds today. */
	grid: HeatmapCell[][];
	/** Log lines that could not be read. */
	unreadable: number;
}

export function practiceSummary(log: PracticeLog, goal: number, today: LocalDay, weekStartsOn: WeekStart = 1): PracticeSummary {
	const totals = dailyTotals(log.entries);
	const { current, best } = streaks(totals, goal, today);
	return {
		goal,
		todayMinutes: totals.get(today) ?? 0,
		streak: current,
		best,
		weekMinutes: weekTotal(totals, today, weekStartsOn),
		totalMinutes: totalMinutes(log.entries),
		lastPracticed: lastPracticed(log.entries),
		grid: heatmapGrid(totals, today, goal, weekStartsOn),
		unreadable: log.unreadable.length,
	};
}
