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

/** Most recently modified first; by path between notes modified at the same time. */
function byRecent(a: NoteRef, b: NoteRef): number {
	return b.mtime - a.mtime || a.path.localeCompare(b.path);
}

/** Builds the whole sidebar model. Cost is linear in the learning, parked and challenge notes only. */
export function buildSidebarModel(index: LearningIndex, opts: ModelOptions): SidebarModel {
	const { today } = opts;
	const { chosen, candidates } = index.current();
	const cfg = index.settings;
	const challenges = index.allChallenges();
	const summaries = challenges.filter((c) => !index.isParked(c.record.path)).map((c) => summarize(c, today));
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
		practice: practiceSummary(c.practiceLog, c.dailyGoal ?? defaultGoal, opts.today, opts.weekStartsOn),
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

/**
 * Each parked note's entry, kept while its record and what the entry depends
 * on (the day, the challenge it is compared with) stay the same. A change to a
 * note replaces its record, so a render after one change works out one entry.
 */
const parkedRefs = new WeakMap<NoteRecord, { key: string; ref: ParkedRef }>();

function justInCase(index: LearningIndex, chosen: ChallengeInfo | null, today: LocalDay): SidebarModel["justInCase"] {
	const { challengeTag } = index.settings;
	const cameUpList: ParkedRef[] = [];
	const rest: ParkedRef[] = [];
	const c = chosen?.record;
	const key = c ? [today, challengeTag, c.path, ...c.tags, "", ...c.links].join("\n") : today;
	for (const r of index.parkedNotes()) {
		let entry = parkedRefs.get(r);
		if (entry?.key !== key) {
			const parked = readDay(r.frontmatter, "parked");
			const ref: ParkedRef = {
				...noteRef(r),
				parked,
				ageDays: Math.max(0, daysBetween(parked ?? toLocalDay(new Date(r.mtime)), today)),
				cameUp: c ? cameUp(r, c, challengeTag) : null,
			};
			parkedRefs.set(r, (entry = { key, ref }));
		}
		(entry.ref.cameUp ? cameUpList : rest).push(entry.ref);
	}
	// Days are `YYYY-MM-DD`: `<` orders them as the calendar does, much faster than localeCompare.
	const byParked = (a: ParkedRef, b: ParkedRef) => {
		const x = a.parked ?? "";
		const y = b.parked ?? "";
		return x < y ? 1 : x > y ? -1 : byRecent(a, b);
	};
	cameUpList.sort(byParked);
	rest.sort(byParked);
	return { cameUp: cameUpList, rest, total: cameUpList.length + rest.length };
}
