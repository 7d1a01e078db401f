/**
 * The plugin's settings, as stored in data.json. Learning data never lives here:
 * only choices and transient state (a running practice session).
 */
export interface RunningSession {
	/** Vault path of the challenge the session was started on. */
	challengePath: string;
	/** Start time, epoch milliseconds. */
	startedAt: number;
}

export type ParkReplacement = "link" | "remove";

export interface JitlSettings {
	/** Settings schema version, for migrate(). */
	version: number;
	challengeTag: string;
	topicTags: string[];
	statusKey: string;
	justInCaseFolder: string;
	practiceLogHeading: string;
	actionItemsHeading: string;
	dailyGoalMinutes: number;
	doneDate: boolean;
	parkReplacement: ParkReplacement;
	updatePracticeProperties: boolean;
	/** Sidebar parts the user collapsed, by part id. */
	collapsed: string[];
	runningSession: RunningSession | null;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: JitlSettings = {
	version: SETTINGS_VERSION,
	challengeTag: "challenge",
	topicTags: ["方法论"],
	statusKey: "status",
	justInCaseFolder: "Just in case",
	practiceLogHeading: "Practice log",
	actionItemsHeading: "Action items",
	dailyGoalMinutes: 30,
	doneDate: true,
	parkReplacement: "link",
	updatePracticeProperties: true,
	collapsed: [],
	runningSession: null,
};
