import { parseActionItems } from "../actionItems";
import { parsePracticeLog } from "../practice";
import type { ActionItem, LocalDay, NoteRecord, PracticeLog } from "../types";
import type { IndexConfig } from "./config";
import { type ChallengeStatus, readDay, readMinutes, readStatus } from "./frontmatterFields";

/** What the index derives from a challenge note, parsed once per change of that note. */
export interface ChallengeInfo {
	record: NoteRecord;
	status: ChallengeStatus;
	deadline: LocalDay | null;
	completed: LocalDay | null;
	/** The note's own `daily_goal`, when it sets a valid one. */
	dailyGoal: number | null;
	actionItems: ActionItem[];
	practiceLog: PracticeLog;
}

const EMPTY_LOG: PracticeLog = { headingLine: null, entries: [], unreadable: [] };

export function deriveChallenge(record: NoteRecord, config: IndexConfig): ChallengeInfo {
	const fm = record.frontmatter;
	const body = record.body;
	return {
		record,
		status: readStatus(fm, config.statusKey),
		deadline: readDay(fm, "deadline"),
		completed: readDay(fm, "completed"),
		dailyGoal: readMinutes(fm, "daily_goal"),
		actionItems: body === undefined ? [] : parseActionItems(body),
		practiceLog: body === undefined ? EMPTY_LOG : parsePracticeLog(body, config.practiceLogHeading),
	};
}
