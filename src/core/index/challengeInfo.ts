import { actionItemsInScan } from "../actionItems";
import { scanNote, type ScannedNote } from "../markdown/scan";
import { practiceLogInScan } from "../practice";
import type { ActionItem, LocalDay, NoteRecord, PracticeLog } from "../types";
import type { IndexConfig } from "./config";
import { type ChallengeStatus, readDay, readMinutes, readStatus } from "./frontmatterFields";

/**
 * What the index derives from a challenge note. Status, deadline and goal come
 * from front matter at once; action items and the practice log are parsed on
 * first use, since only the challenge on screen needs them.
 */
export interface ChallengeInfo {
	record: NoteRecord;
	status: ChallengeStatus;
	deadline: LocalDay | null;
	completed: LocalDay | null;
	/** The note's own `daily_goal`, when it sets a valid one. */
	dailyGoal: number | null;
	/** Whether the note's text is known (bodies are read for current challenges only). */
	hasBody: boolean;
	readonly actionItems: ActionItem[];
	readonly practiceLog: PracticeLog;
}

const EMPTY_LOG: PracticeLog = { headingLine: null, entries: [], unreadable: [] };

export function deriveChallenge(record: NoteRecord, config: IndexConfig): ChallengeInfo {
	const fm = record.frontmatter;
	const body = record.body;
	let items: ActionItem[] | undefined;
	let log: PracticeLog | undefined;
	// Both parts read one line scan of the body, made on first use and let go
	// once both are parsed (the index holds this object as long as the note).
	let scan: ScannedNote | undefined;
	const scanOnce = (text: string): ScannedNote => (scan ??= scanNote(text));
	return {
		record,
		status: readStatus(fm, config.statusKey),
		deadline: readDay(fm, "deadline"),
		completed: readDay(fm, "completed"),
		dailyGoal: readMinutes(fm, "daily_goal"),
		hasBody: body !== undefined,
		get actionItems() {
			if (items === undefined) {
				items = body === undefined ? [] : actionItemsInScan(scanOnce(body));
				if (log !== undefined) scan = undefined;
			}
			return items;
		},
		get practiceLog() {
			if (log === undefined) {
				log = body === undefined ? EMPTY_LOG : practiceLogInScan(scanOnce(body), config.practiceLogHeading);
				if (items !== undefined) scan = undefined;
			}
			return log;
		},
	};
}
