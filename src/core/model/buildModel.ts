import { cameUp } from "../parking/relevance";
import { daysBetween, toLocalDay } from "../practice/days";
import { practiceSummary } from "../practice";
import { readDay } from "../index/frontmatterFields";
import type { ChallengeInfo } from "../index/challengeInfo";
import type { LearningIndex } from "../index/LearningIndex";
import { tagMatches } from "../tags";
import type { LocalDay, NoteRecord } from "../types";
import type { ChallengeSummary, CurrentChallengeModel, NoteRef, ParkedRef, SidebarModel, TopicGroup } from "./types";

export interface ModelOptions {
	today: LocalDay;
	/** Monday = 1 (default), Sunday = 0. */
	weekStartsOn?: 0 | 1;
}

/** Builds the whole sidebar model. Cost is linear in the learning, parked and challenge notes only. */
export function buildSidebarModel(index: LearningIndex, opts: ModelOptions): SidebarModel {
	const { today } = opts;
	const { chosen, candidates } = index.current();
	const cfg = index.settings;
	const challenges = index.allChallenges();
	const summaries = challenges.filter((c) => !index.isParked(c.record.path)).map((c) => summarize(c, today));
	const byRecent = (a: NoteRef, b: NoteRef) => b.mtime - a.mtime || a.path.localeCompare(b.path);
	return {
		today,
		current: chosen ? currentModel(chosen, cfg.dailyGoalMinutes, opts) : null,
		currentCandidates: candidates.map((c) => summarize(c, today)),
		topics: topicGroups(index.learningNotes(), cfg.topicTags, byRecent),
		otherChallenges: summaries
			.filter((s) => s.status !== "done" && s.path !== chosen?.record.path)
			.sort(byRecent),
		doneChallenges: summaries.filter((s) => s.status === "done").sort(byRecent),
		justInCase: justInCase(index, chosen, today),
		brokenNotes: index.brokenNotes().sort(),
	};
}

export function noteRef(r: NoteRecord): NoteRef {
	return { path: r.path, title: r.basename, mtime: r.mtime };
}

function summarize(c: ChallengeInfo, today: LocalDay): ChallengeSummary {
	return {
		...noteRef(c.record),
		status: c.status,
		deadline: c.deadline,
		daysLeft: c.deadline ? daysBetween(today, c.deadline) : null,
		completed: c.completed,
	};
}

function currentModel(c: ChallengeInfo, defaultGoal: number, opts: ModelOptions): CurrentChallengeModel {
	const items = c.actionItems;
	const done = items.filter((i) => i.status === "done").length;
	const total = items.filter((i) => i.status !== "cancelled").length;
	return {
		...summarize(c, opts.today),
		actionItems: items,
		done,
		total,
		practice: practiceSummary(c.practiceLog, c.dailyGoal ?? defaultGoal, opts.today, opts.weekStartsOn ?? 1),
	};
}

function topicGroups(notes: NoteRecord[], topicTags: string[], order: (a: NoteRef, b: NoteRef) => number): TopicGroup[] {
	const groups = new Map<string, NoteRef[]>();
	for (const r of notes) {
		const seen = new Set<string>();
		for (const tag of r.tags) {
			const topic = topicTags.find((t) => tagMatches(tag, t));
			if (!topic || seen.has(tag)) continue;
			seen.add(tag);
			let list = groups.get(tag);
			if (!list) groups.set(tag, (list = []));
			list.push(noteRef(r));
		}
	}
	return [...groups.entries()]
		.map(([tag, list]) => ({ tag, notes: list.sort(order) }))
		.sort((a, b) => a.tag.localeCompare(b.tag));
}

function justInCase(index: LearningIndex, chosen: ChallengeInfo | null, today: LocalDay): SidebarModel["justInCase"] {
	const cfg = index.settings;
	const cameUpList: ParkedRef[] = [];
	const rest: ParkedRef[] = [];
	const challenge = chosen?.record;
	for (const r of index.parkedNotes()) {
		const parked = readDay(r.frontmatter, "parked");
		const reason = challenge ? cameUp(r, challenge, cfg.challengeTag) : null;
		const ref: ParkedRef = {
			...noteRef(r),
			parked,
			ageDays: Math.max(0, daysBetween(parked ?? toLocalDay(new Date(r.mtime)), today)),
			cameUp: reason,
		};
		(reason ? cameUpList : rest).push(ref);
	}
	const byParked = (a: ParkedRef, b: ParkedRef) =>
		(b.parked ?? "").localeCompare(a.parked ?? "") || b.mtime - a.mtime || a.path.localeCompare(b.path);
	cameUpList.sort(byParked);
	rest.sort(byParked);
	return { cameUp: cameUpList, rest, total: cameUpList.length + rest.length };
}
