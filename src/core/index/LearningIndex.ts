import type { RawInlineTag } from "../tags";
import type { NoteRecord } from "../types";
import { type ChallengeInfo, deriveChallenge } from "./challengeInfo";
import { NoteClassifier } from "./classifier";
import type { IndexConfig } from "./config";

/** One kept note: its record and what it is to the plugin. */
interface Entry {
	record: NoteRecord;
	parked: boolean;
	learning: boolean;
	broken: boolean;
	challenge: ChallengeInfo | null;
}

/**
 * The in-memory index of the vault as the plugin sees it. It keeps only the
 * notes the plugin shows (challenges, learning notes, parked notes, notes with
 * broken front matter), one entry each, and every update touches one entry, so
 * its cost does not grow with the vault: the plugin builds it once after
 * layout-ready and then feeds it per-file changes. `revision` increases on
 * every change so views know when to re-render.
 */
export class LearningIndex {
	private readonly entries = new Map<string, Entry>();
	/** Challenges whose status says current: usually one, so finding the current one is cheap. */
	private readonly currentPaths = new Set<string>();
	private rev = 0;
	private classifier: NoteClassifier;

	constructor(private config: IndexConfig) {
		this.classifier = new NoteClassifier(config);
	}

	get revision(): number {
		return this.rev;
	}

	get settings(): IndexConfig {
		return this.config;
	}

	/** How many notes the index keeps (the ones it shows; not the whole vault). */
	get size(): number {
		return this.entries.size;
	}

	/** Re-classifies every kept note; only a settings change needs this. */
	setConfig(config: IndexConfig): void {
		this.config = config;
		this.classifier = new NoteClassifier(config);
		for (const e of [...this.entries.values()]) this.upsert(e.record);
		this.rev++;
	}

	/** Whether a record with these tags is a challenge note (so its body must be read). */
	isChallengeTags(tags: string[]): boolean {
		return this.classifier.isChallenge(tags);
	}


	/** Whether the index keeps a note with this path and these tags (front matter aside). */
	wouldKeep(path: string, tags: string[]): boolean {
		const c = this.classifier;
		return c.isParked(path) || c.isChallenge(tags) || c.isLearning(tags);
	}

	/**
	 * {@link wouldKeep} from the note's raw tag values (front matter strings and
	 * inline tags as the metadata cache holds them), before they are normalised:
	 * the start-up pass asks this of every note, and most answers are no.
	 */
	keeps(path: string, fm: Record<string, unknown> | null | undefined, inlineTags: readonly RawInlineTag[] | undefined): boolean {
		return this.classifier.keeps(path, fm, inlineTags);
	}

	/** Whether a note's links matter: "came up" compares only parked notes and challenges. */
	needsLinks(path: string, tags: string[]): boolean {
		return this.classifier.isChallenge(tags) || this.classifier.isParked(path);
	}

	/** Adds, replaces or drops a note, depending on whether the plugin shows it. */
	upsert(record: NoteRecord): void {
		// `in` does not call a lazy getter. A record spread from a class instance
		// loses a getter on its prototype: say so here rather than misread later.
		if (!Reflect.has(record, "links")) throw new Error(`The record of ${record.path} has no links: copy records with withBody, not a spread.`);
		const { path, tags } = record;
		const parked = this.classifier.isParked(path);
		const learning = !parked && this.classifier.isLearning(tags);
		const broken = record.frontmatterBroken === true;
		const challenge = this.classifier.isChallenge(tags) ? deriveChallenge(record, this.config) : null;
		if (parked || learning || broken || challenge) this.entries.set(path, { record, parked, learning, broken, challenge });
		else this.entries.delete(path);
		if (challenge?.status === "current") this.currentPaths.add(path);
		else if (this.currentPaths.size > 0) this.currentPaths.delete(path);
		this.rev++;
	}

	remove(path: string): void {
		if (!this.entries.delete(path)) return;
		this.currentPaths.delete(path);
		this.rev++;
	}

	/**
	 * Moves a note to a new path. Links in other notes are rewritten by Obsidian,
	 * which then reports those notes as changed.
	 */
	rename(oldPath: string, record: NoteRecord): void {
		this.remove(oldPath);
		this.upsert(record);
	}

	get(path: string): NoteRecord | undefined {
		return this.entries.get(path)?.record;
	}

	challenge(path: string): ChallengeInfo | undefined {
		return this.entries.get(path)?.challenge ?? undefined;
	}

	allChallenges(): ChallengeInfo[] {
		const out: ChallengeInfo[] = [];
		for (const e of this.entries.values()) if (e.challenge) out.push(e.challenge);
		return out;
	}

	/**
	 * The current challenge. Several notes may say `current` after hand edits or
	 * sync: the most recently modified wins, and all of them are returned so the
	 * sidebar can say so.
	 */
	current(): { chosen: ChallengeInfo | null; candidates: ChallengeInfo[] } {
		const candidates: ChallengeInfo[] = [];
		for (const p of this.currentPaths) {
			const c = this.entries.get(p)?.challenge;
			if (c) candidates.push(c);
		}
		candidates.sort((a, b) => b.record.mtime - a.record.mtime || (a.record.path < b.record.path ? -1 : 1));
		return { chosen: candidates[0] ?? null, candidates };
	}

	learningNotes(): NoteRecord[] {
		return this.select((e) => e.learning);
	}

	parkedNotes(): NoteRecord[] {
		return this.select((e) => e.parked);
	}

	isParked(path: string): boolean {
		return this.entries.get(path)?.parked === true;
	}

	/** Notes whose front matter could not be parsed. */
	brokenNotes(): string[] {
		return this.select((e) => e.broken).map((r) => r.path);
	}

	/** Paths of kept notes under a folder prefix (ends with `/`); linear, for folder deletes only. */
	pathsUnder(prefix: string): string[] {
		const out: string[] = [];
		for (const p of this.entries.keys()) if (p.startsWith(prefix)) out.push(p);
		return out;
	}

	private select(keep: (e: Entry) => boolean): NoteRecord[] {
		const out: NoteRecord[] = [];
		for (const e of this.entries.values()) if (keep(e)) out.push(e.record);
		return out;
	}
}
