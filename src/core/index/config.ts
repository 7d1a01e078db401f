import type { JitlSettings } from "../settings";

/** The settings the index needs to classify notes; a change re-derives the whole index. */
export interface IndexConfig {
	challengeTag: string;
	topicTags: string[];
	statusKey: string;
	justInCaseFolder: string;
	practiceLogHeading: string;
	dailyGoalMinutes: number;
}

export function indexConfigFrom(settings: JitlSettings): IndexConfig {
	return {
		challengeTag: settings.challengeTag,
		topicTags: settings.topicTags,
		statusKey: settings.statusKey,
		justInCaseFolder: settings.justInCaseFolder,
		practiceLogHeading: settings.practiceLogHeading,
		dailyGoalMinutes: settings.dailyGoalMinutes,
	};
}

/** Whether two configs classify notes alike (both are built by indexConfigFrom, so keys come in one order). */
export function sameIndexConfig(a: IndexConfig, b: IndexConfig): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
