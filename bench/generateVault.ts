/**
 * Deterministic synthetic vaults for the benchmarks: N notes with the front
 * matter, tags (CJK and legacy `tag:` included), wikilinks, challenge notes and
 * parked notes of a real vault, plus the metadata cache Obsidian would hold for
 * each. The same size and seed always give the same vault.
 */
import type { CachedMetadata } from "obsidian";
import { challengeNote, type ChallengeShape } from "./vault/challengeNote";
import { noonOf } from "./vault/days";
import { parkedNote } from "./vault/parkedNote";
import { Prng } from "./vault/prng";
import type { ProseContext } from "./vault/prose";
import { regularNote } from "./vault/regularNote";
import { AREAS, CJK_WORDS, EN_WORDS, PARK_FOLDER, PARK_SUBFOLDERS } from "./vault/words";

/** The day every synthetic vault is generated for (and reports are computed on). */
export const BENCH_TODAY = "2026-11-27";

export type NoteRole = "note" | "topic" | "parked" | "challenge";

export interface SyntheticNote {
	path: string;
	content: string;
	mtime: number;
	role: NoteRole;
	/** What Obsidian's metadata cache holds for the note, as far as the index reads it. */
	cache: CachedMetadata;
}

export interface SyntheticVault {
	today: string;
	notes: SyntheticNote[];
	/** Path of the one challenge with `status: current`. */
	currentPath: string;
}

export interface VaultOptions {
	notes: number;
	seed?: number;
	today?: string;
	/** How many of each role; defaults: 2% challenges, 10% parked, 5% topic notes. */
	challenges?: number;
	parked?: number;
	topics?: number;
	/** Size of the current challenge (others get 5-30 items and 10-90 days). */
	current?: Partial<Omit<ChallengeShape, "status">>;
}

const DAY_MS = 86_400_000;

function roles(opts: VaultOptions, rng: Prng): NoteRole[] {
	const n = opts.notes;
	const challenges = Math.max(1, opts.challenges ?? Math.round(n * 0.02));
	const parked = opts.parked ?? Math.round(n * 0.1);
	const topics = opts.topics ?? Math.round(n * 0.05);
	const out: NoteRole[] = [];
	for (let i = 0; i < n; i++) out.push(i < challenges ? "challenge" : i < challenges + parked ? "parked" : i < challenges + parked + topics ? "topic" : "note");
	const rest = out.slice(1);
	for (let i = rest.length - 1; i > 0; i--) {
		const j = Math.floor(rng.next() * (i + 1));
		[rest[i], rest[j]] = [rest[j], rest[i]];
	}
	// The first note stays the current challenge.
	return [out[0], ...rest];
}

function nameOf(role: NoteRole, i: number, rng: Prng): string {
	if (role === "challenge") return `Challenge ${i} ${rng.pick(EN_WORDS)}`;
	if (rng.chance(0.2)) return `${rng.pick(CJK_WORDS)}${rng.pick(CJK_WORDS)} ${i}`;
	const word = rng.pick(EN_WORDS);
	return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${rng.pick(EN_WORDS)} ${i}`;
}

function folderOf(role: NoteRole, rng: Prng): string {
	if (role === "challenge") return "Challenges";
	if (role === "parked") return [PARK_FOLDER, rng.pick(PARK_SUBFOLDERS)].filter((s) => s !== "").join("/");
	if (role === "topic") return rng.chance(0.5) ? "Methods" : rng.pick(AREAS);
	return rng.pick(AREAS);
}

export function generateVault(opts: VaultOptions): SyntheticVault {
	const today = opts.today ?? BENCH_TODAY;
	const rng = new Prng(opts.seed ?? 20261127);
	const kinds = roles(opts, rng);
	const names = kinds.map((role, i) => nameOf(role, i, rng));
	const ctx: ProseContext = { rng, names };
	const now = noonOf(today);
	const notes = kinds.map((role, i): SyntheticNote => {
		const path = `${folderOf(role, rng)}/${names[i]}.md`;
		const mtime = i === 0 ? now : now - rng.int(1, 700 * 24) * (DAY_MS / 24);
		const note =
			role === "challenge"
				? challengeNote(ctx, today, {
						status: i === 0 ? "current" : rng.chance(0.3) ? "done" : "active",
						actionItems: i === 0 ? (opts.current?.actionItems ?? 24) : rng.int(5, 30),
						practiceDays: i === 0 ? (opts.current?.practiceDays ?? 60) : rng.int(10, 90),
					})
				: role === "parked"
					? parkedNote(ctx, today, names[0])
					: regularNote(ctx, today, role === "topic");
		return { path, mtime, role, ...note };
	});
	return { today, notes, currentPath: notes[0].path };
}

/** The vault as `{ path: content }`. */
export function vaultFiles(vault: SyntheticVault): Record<string, string> {
	return Object.fromEntries(vault.notes.map((n) => [n.path, n.content]));
}
