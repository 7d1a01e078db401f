import type { PracticeSummary } from "../practice";
import type { ActionItem, LocalDay } from "../types";
import type { ChallengeStatus } from "../index/frontmatterFields";

/**
 * What the sidebar (and the headless report) shows, computed from the index in
 * one pass. Plain data: the view renders it, `jitl report --json` prints it.
 */
export interface NoteRef {
	path: string;
	title: string;
	mtime: number;
}

export interface ChallengeSummary extends NoteRef {
	status: ChallengeStatus;
	deadline: LocalDay | null;
	/** Days from today to the deadline: negative when overdue, null without a deadline. */
	daysLeft: number | null;
	completed: LocalDay | null;
}

export interface CurrentChallengeModel extends ChallengeSummary {
	actionItems: ActionItem[];
	/** Done items, of `total` (cancelled items count in neither). */
	done: number;
	total: number;
	practice: PracticeSummary;
}

export interface TopicGroup {
	/** The topic tag (lower case, as matched), e.g. `方法论` or `方法论/reading`. */
	tag: string;
	notes: NoteRef[];
}

export type CameUpReason = { kind: "tag"; tag: string } | { kind: "links-to" } | { kind: "linked-from" };

export interface ParkedRef extends NoteRef {
	parked: LocalDay | null;
	/** Days since parked (from `parked:`, else the file's mtime). */
	ageDays: number;
	cameUp: CameUpReason | null;
}

export interface SidebarModel {
	today: LocalDay;
	/** The challenge shown; null when no note is current. */
	current: CurrentChallengeModel | null;
	/** Every note marked current, most recently modified first (more than one means a conflict). */
	currentCandidates: ChallengeSummary[];
	/** Learning notes grouped by topic tag. */
	topics: TopicGroup[];
	/** Active challenges other than the shown one, outside the just-in-case folder. */
	otherChallenges: ChallengeSummary[];
	doneChallenges: ChallengeSummary[];
	justInCase: { cameUp: ParkedRef[]; rest: ParkedRef[]; total: number };
	/** Notes skipped because their front matter is broken. */
	brokenNotes: string[];
}
