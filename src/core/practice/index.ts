/** The practice log: reading, writing and summing it. Pure; the adapters do the file I/O. */
export { addDaysToDay, daysBetween, isValidDay, parseLocalDay, toLocalDay } from "./days";
export { durationMinutes } from "./duration";
export { parseEntryLine } from "./parseEntry";
export { parsePracticeLog, practiceLogInScan } from "./parseLog";
export { appendPracticeEntry, formatEntry, type NewEntry } from "./formatEntry";
export {
	dailyTotals,
	meetsGoal,
	practiceSummary,
	streaks,
	weekTotal,
	type PracticeSummary,
} from "./stats";
export { HEATMAP_WEEKS, heatLevel, heatmapGrid, type HeatmapCell, type WeekStart } from "./heatmap";
export { lastPracticed, practiceProperties, totalMinutes, type PracticeProperties } from "./properties";
export { MAX_MINUTES, sessionMinutes, sessionToEntry, validateMinutes, type MinutesCheck } from "./session";
