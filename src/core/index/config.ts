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

export function sameIndexConfig(a: IndexConfig, b: IndexConfig): boolean {
	return (
		a.challengeTag === b.challengeTag &&
		a.statusKey === b.statusKey &&
		a.justInCaseFolder === b.justInCaseFolder &&
		a.practiceLogHeading === b.practiceLogHeading &&
		a.dailyGoalMinutes === b.dailyGoalMinutes &&
		a.topicTags.join("\u0000") === b.topicTags.join("\u0000")
	);
}
