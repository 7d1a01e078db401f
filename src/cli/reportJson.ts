import type { CameUpReason, ChallengeSummary, CurrentChallengeModel, NoteRef, ParkedRef } from "../core/model/types";
import type { ActionItem } from "../core/types";
import type { ReportData } from "./buildReport";

/**
 * The JSON printed by `jitl report --json`, schema 1, documented field by field
 * in docs/report-json.md. Every field is copied by hand from the model: a
 * change of the model must not change this output without a schema bump.
 */

export const REPORT_SCHEMA = 1;

export interface NoteJson {
	path: string;
	title: string;
}

export interface ChallengeJson extends NoteJson {
	status: "current" | "active" | "done";
	deadline: string | null;
	daysLeft: number | null;
	completed: string | null;
}

export interface ActionItemJson {
	line: number;
	depth: number;
	status: "open" | "done" | "cancelled";
	statusChar: string;
	text: string;
	doneDate: string | null;
	inCallout: boolean;
}

export interface PracticeJson {
	goalMinutes: number;
	todayMinutes: number;
	goalMet: boolean;
	streak: number;
	bestStreak: number;
	weekMinutes: number;
	totalMinutes: number;
	lastPracticed: string | null;
	unreadableLines: { line: number; text: string }[];
	last12Weeks: { day: string; minutes: number; level: number }[];
}

export interface CurrentJson extends ChallengeJson {
	progress: { done: number; total: number; cancelled: number };
	actionItems: ActionItemJson[];
	practice: PracticeJson;
}

export interface ParkedJson extends NoteJson {
	parked: string | null;
	ageDays: number;
	cameUp: { reason: "tag"; tag: string } | { reason: "links-to" } | { reason: "linked-from" } | null;
}

export interface ReportJson {
	schema: typeof REPORT_SCHEMA;
	vault: string;
	today: string;
	current: CurrentJson | null;
	alsoMarkedCurrent: ChallengeJson[];
	topics: { tag: string; notes: NoteJson[] }[];
	otherChallenges: ChallengeJson[];
	doneChallenges: ChallengeJson[];
	justInCase: { total: number; cameUp: ParkedJson[]; rest: ParkedJson[] };
	broken: { path: string; error: string }[];
	warnings: string[];
}

const DONE_DATE = /\u2705\uFE0F?\s*(\d{4}-\d{2}-\d{2})\s*$/u;

export function toReportJson(data: ReportData): ReportJson {
	const m = data.model;
	return {
		schema: REPORT_SCHEMA,
		vault: data.vault,
		today: data.today,
		current: m.current ? currentJson(m.current, data) : null,
		alsoMarkedCurrent: m.currentCandidates.filter((c) => c.path !== m.current?.path).map(challengeJson),
		topics: m.topics.map((g) => ({ tag: g.tag, notes: g.notes.map(noteJson) })),
		otherChallenges: m.otherChallenges.map(challengeJson),
		doneChallenges: m.doneChallenges.map(challengeJson),
		justInCase: { total: m.justInCase.total, cameUp: m.justInCase.cameUp.map(parkedJson), rest: m.justInCase.rest.map(parkedJson) },
		broken: data.broken.map((b) => ({ path: b.path, error: b.error })),
		warnings: [...data.warnings],
	};
}

function noteJson(n: NoteRef): NoteJson {
	return { path: n.path, title: n.title };
}

function challengeJson(c: ChallengeSummary): ChallengeJson {
	return { ...noteJson(c), status: c.status, deadline: c.deadline, daysLeft: c.daysLeft, completed: c.completed };
}

function currentJson(c: CurrentChallengeModel, data: ReportData): CurrentJson {
	const p = c.practice;
	return {
		...challengeJson(c),
		progress: { done: c.done, total: c.total, cancelled: c.actionItems.filter((i) => i.status === "cancelled").length },
		actionItems: c.actionItems.map(actionItemJson),
		practice: {
			goalMinutes: p.goal,
			todayMinutes: p.todayMinutes,
			goalMet: p.todayMinutes >= p.goal,
			streak: p.streak,
			bestStreak: p.best,
			weekMinutes: p.weekMinutes,
			totalMinutes: p.totalMinutes,
			lastPracticed: p.lastPracticed,
			unreadableLines: data.unreadable.map((u) => ({ line: u.line + 1, text: u.raw })),
			last12Weeks: p.grid.flat().filter((cell) => !cell.future).map((cell) => ({ day: cell.day, minutes: cell.minutes, level: cell.level })),
		},
	};
}

function actionItemJson(i: ActionItem): ActionItemJson {
	return {
		line: i.line + 1,
		depth: i.depth,
		status: i.status,
		statusChar: i.statusChar,
		text: i.textWithoutDoneDate,
		doneDate: DONE_DATE.exec(i.text)?.[1] ?? null,
		inCallout: i.inQuote,
	};
}

function parkedJson(p: ParkedRef): ParkedJson {
	return { ...noteJson(p), parked: p.parked, ageDays: p.ageDays, cameUp: reasonJson(p.cameUp) };
}

function reasonJson(r: CameUpReason | null): ParkedJson["cameUp"] {
	if (r === null) return null;
	if (r.kind === "tag") return { reason: "tag", tag: r.tag };
	return { reason: r.kind };
}
