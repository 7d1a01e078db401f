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
	return new DerivedChallenge(record, config);
}

/**
 * The parsed parts live behind getters of the class (one shape for every
 * challenge; getters in an object literal would give each its own). Both parts
 * read one line scan of the body, made on first use and let go once both are
 * parsed, since the index holds this object as long as the note.
 */
class DerivedChallenge implements ChallengeInfo {
	readonly status: ChallengeStatus;
	readonly deadline: LocalDay | null;
	readonly completed: LocalDay | null;
	readonly dailyGoal: number | null;
	readonly hasBody: boolean;
	private items: ActionItem[] | undefined;
	private log: PracticeLog | undefined;
	private scan: ScannedNote | undefined;

	constructor(
		readonly record: NoteRecord,
		private readonly config: IndexConfig,
	) {
		const fm = record.frontmatter;
		this.status = readStatus(fm, config.statusKey);
		this.deadline = readDay(fm, "deadline");
		this.completed = readDay(fm, "completed");
		this.dailyGoal = readMinutes(fm, "daily_goal");
		this.hasBody = record.body !== undefined;
	}

	get actionItems(): ActionItem[] {
		if (this.items === undefined) {
			const body = this.record.body;
			this.items = body === undefined ? [] : actionItemsInScan(this.scanOf(body));
			if (this.log !== undefined) this.scan = undefined;
		}
		return this.items;
	}

	get practiceLog(): PracticeLog {
		if (this.log === undefined) {
			const body = this.record.body;
			this.log = body === undefined ? EMPTY_LOG : practiceLogInScan(this.scanOf(body), this.config.practiceLogHeading);
			if (this.items !== undefined) this.scan = undefined;
		}
		return this.log;
	}

	private scanOf(body: string): ScannedNote {
		return (this.scan ??= scanNote(body));
	}
}
