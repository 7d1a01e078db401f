import { isInFolder } from "../parking/folder";
import { hasTag } from "../tags";
import type { NoteRecord } from "../types";
import { type ChallengeInfo, deriveChallenge } from "./challengeInfo";
import type { IndexConfig } from "./config";

/**
 * The in-memory index of the vault as the plugin sees it. Every update touches
 * one note (plus its links), so its cost does not grow with the vault: the
 * plugin builds it once after layout-ready and then feeds it per-file changes.
 * `revision` increases on every change so views know when to re-render.
 */
export class LearningIndex {
	private readonly notes = new Map<string, NoteRecord>();
	private readonly challenges = new Map<string, ChallengeInfo>();
	private readonly learning = new Set<string>();
	private readonly parked = new Set<string>();
	private readonly broken = new Set<string>();
	/** target path -> paths of notes linking to it. */
	private readonly backlinks = new Map<string, Set<string>>();
	private rev = 0;

	constructor(private config: IndexConfig) {}

	get revision(): number {
		return this.rev;
	}

	get settings(): IndexConfig {
		return this.config;
	}

	get size(): number {
		return this.notes.size;
	}

	/** Re-classifies every note; only a settings change needs this. */
	setConfig(config: IndexConfig): void {
		this.config = config;
		const all = [...this.notes.values()];
		for (const r of all) this.upsert(r);
		this.rev++;
	}

	/** Whether a record with these tags is a challenge note (so its body must be read). */
	isChallengeTags(tags: string[]): boolean {
		return hasTag(tags, this.config.challengeTag);
	}

	upsert(record: NoteRecord): void {
		const old = this.notes.get(record.path);
		if (old) this.unlinkBacklinks(old);
		this.notes.set(record.path, record);
		for (const target of record.links) {
			let set = this.backlinks.get(target);
			if (!set) this.backlinks.set(target, (set = new Set()));
			set.add(record.path);
		}
		this.classify(record);
		this.rev++;
	}

	remove(path: string): void {
		const old = this.notes.get(path);
		if (!old) return;
		this.unlinkBacklinks(old);
		this.notes.delete(path);
		this.challenges.delete(path);
		this.learning.delete(path);
		this.parked.delete(path);
		this.broken.delete(path);
		this.rev++;
	}

	/**
	 * Moves a note to a new path. Links from other notes are rewritten by Obsidian,
	 * which then reports those notes as changed; until then backlinks follow the move.
	 */
	rename(oldPath: string, record: NoteRecord): void {
		const incoming = this.backlinks.get(oldPath);
		this.remove(oldPath);
		if (incoming && incoming.size > 0) {
			this.backlinks.delete(oldPath);
			const moved = new Set(incoming);
			const existing = this.backlinks.get(record.path);
			if (existing) for (const p of existing) moved.add(p);
			this.backlinks.set(record.path, moved);
			for (const src of incoming) {
				const r = this.notes.get(src);
				if (r) r.links = r.links.map((l) => (l === oldPath ? record.path : l));
			}
		}
		this.upsert(record);
	}

	get(path: string): NoteRecord | undefined {
		return this.notes.get(path);
	}

	challenge(path: string): ChallengeInfo | undefined {
		return this.challenges.get(path);
	}

	allChallenges(): ChallengeInfo[] {
		return [...this.challenges.values()];
	}

	/**
	 * The current challenge. Several notes may say `current` after hand edits or
	 * sync: the most recently modified wins, and all of them are returned so the
	 * sidebar can say so.
	 */
	current(): { chosen: ChallengeInfo | null; candidates: ChallengeInfo[] } {
		const candidates = [...this.challenges.values()]
			.filter((c) => c.status === "current")
			.sort((a, b) => b.record.mtime - a.record.mtime || a.record.path.localeCompare(b.record.path));
		return { chosen: candidates[0] ?? null, candidates };
	}

	learningNotes(): NoteRecord[] {
		return [...this.learning].map((p) => this.notes.get(p)).filter((r): r is NoteRecord => r !== undefined);
	}

	parkedNotes(): NoteRecord[] {
		return [...this.parked].map((p) => this.notes.get(p)).filter((r): r is NoteRecord => r !== undefined);
	}

	isParked(path: string): boolean {
		return this.parked.has(path);
	}

	/** Notes whose front matter could not be parsed. */
	brokenNotes(): string[] {
		return [...this.broken];
	}

	/** Paths of indexed notes under a folder prefix (ends with `/`); linear, for folder deletes only. */
	pathsUnder(prefix: string): string[] {
		const out: string[] = [];
		for (const p of this.notes.keys()) if (p.startsWith(prefix)) out.push(p);
		return out;
	}

	linksTo(path: string): ReadonlySet<string> {
		return this.backlinks.get(path) ?? new Set();
	}

	private classify(record: NoteRecord): void {
		const { path, tags } = record;
		const parked = isInFolder(path, this.config.justInCaseFolder);
		toggle(this.parked, path, parked);
		toggle(this.broken, path, record.frontmatterBroken === true);
		toggle(this.learning, path, !parked && this.config.topicTags.some((t) => hasTag(tags, t)));
		if (this.isChallengeTags(tags)) this.challenges.set(path, deriveChallenge(record, this.config));
		else this.challenges.delete(path);
	}

	private unlinkBacklinks(record: NoteRecord): void {
		for (const target of record.links) {
			const set = this.backlinks.get(target);
			if (!set) continue;
			set.delete(record.path);
			if (set.size === 0) this.backlinks.delete(target);
		}
	}
}

function toggle(set: Set<string>, key: string, on: boolean): void {
	if (on) set.add(key);
	else set.delete(key);
}
