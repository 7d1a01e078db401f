/**
 * The last 12 weeks as a grid of days, for the sidebar's heatmap. Columns are
 * calendar weeks, oldest first; the last one holds today, so its later days are
 * marked `future` and drawn as empty slots.
 */
import type { LocalDay } from "../types";
import { addDaysToDay, weekStartDay } from "./days";

/** 0 = Sunday, 1 = Monday. */
export type WeekStart = 0 | 1;

export const HEATMAP_WEEKS = 12;

export interface HeatmapCell {
	day: LocalDay;
	minutes: number;
	/** 0 nothing, 1-3 part of the goal (below a quarter, below half, below the goal), 4 goal reached. */
	level: 0 | 1 | 2 | 3 | 4;
	future: boolean;
}

export function heatLevel(minutes: number, goal: number): HeatmapCell["level"] {
	if (minutes <= 0) return 0;
	if (minutes >= goal) return 4;
	if (minutes < goal / 4) return 1;
	return minutes < goal / 2 ? 2 : 3;
}

/** `grid[week][dayOfWeek]`: 12 columns of 7 days, each column starting on `weekStartsOn`. */
export function heatmapGrid(
	totals: Map<LocalDay, number>,
	today: LocalDay,
	goal: number,
	weekStartsOn: WeekStart = 1,
): HeatmapCell[][] {
	const first = addDaysToDay(weekStartDay(today, weekStartsOn), -7 * (HEATMAP_WEEKS - 1));
	const grid: HeatmapCell[][] = [];
	for (let w = 0; w < HEATMAP_WEEKS; w++) {
		const column: HeatmapCell[] = [];
		for (let d = 0; d < 7; d++) {
			const day = addDaysToDay(first, w * 7 + d);
			const minutes = totals.get(day) ?? 0;
			column.push({ day, minutes, level: heatLevel(minutes, goal), future: day > today });
		}
		grid.push(column);
	}
	return grid;
}
