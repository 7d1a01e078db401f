import type { NoteRecord } from "../../src/core/types";
import { median, sample } from "../lib/measure";
import { CONFIG } from "./buildIndex";
import { shipped } from "./shipped";
import type { SyntheticApp } from "./syntheticApp";

/**
 * Where the build's time goes, phase by phase (each timed alone, so they need
 * not add up exactly): making records from the cache, filing them in the
 * index, and parsing challenge bodies.
 */
const { deriveChallenge, LearningIndex, recordFromCache } = shipped;

export async function buildBreakdown(app: SyntheticApp, runs: number): Promise<Record<string, number>> {
	const { vault, metadataCache: mc } = app.app;
	const files = vault.getMarkdownFiles();
	const probe = new LearningIndex(CONFIG);
	const relevance = probe;
	const records = files.map((f) => recordFromCache(f, app.cache(f.path), mc, relevance)).filter((r): r is NoteRecord => r !== null);
	const challenges = records.filter((r) => probe.isChallengeTags(r.tags));
	const byPath = new Map(files.map((f) => [f.path, f]));
	const bodies = await Promise.all(challenges.map((r) => vault.cachedRead(byPath.get(r.path) ?? files[0])));
	const withBodies: NoteRecord[] = challenges.map((r, i) => ({ ...r, body: bodies[i] }));
	const plain = records.filter((r) => !probe.isChallengeTags(r.tags));
	const plan = { warmup: 1, runs, gc: false };
	const records_ = await sample(() => files.map((f) => recordFromCache(f, app.cache(f.path), mc, relevance)), plan);
	const upserts = await sample(() => {
		const index = new LearningIndex(CONFIG);
		for (const r of plain) index.upsert(r);
	}, plan);
	// Parsing is lazy: touch the parsed parts, as the sidebar does for the challenge on screen.
	const derive = await sample(() => withBodies.map((r) => deriveChallenge(r, CONFIG)).map((c) => c.actionItems.length + c.practiceLog.entries.length), plan);
	return {
		recordFromCacheMs: median(records_),
		upsertNonChallengesMs: median(upserts),
		deriveChallengesMs: median(derive),
		challengeNotes: challenges.length,
	};
}
