/**
 * A strict comparison of two byte snapshots of the fake vault's disk (every
 * file and folder, the config folder and data.json included; see ../disk.ts):
 * a fault case lists the differences it allows (the intended edit, the fault
 * itself) and fails on any other, so a write path cannot damage a file nobody
 * is looking at.
 */
import { expect } from "vitest";
import type { FakeApp } from "../../fake/obsidian/index";
import { snapshot, type VaultSnapshot } from "../disk";

export interface VaultDiff {
	added: Record<string, string>;
	removed: Record<string, string>;
	changed: Record<string, { before: string; after: string }>;
	foldersAdded: string[];
	foldersRemoved: string[];
}

export function diff(before: VaultSnapshot, after: VaultSnapshot): VaultDiff {
	const d: VaultDiff = { added: {}, removed: {}, changed: {}, foldersAdded: [], foldersRemoved: [] };
	for (const [p, text] of Object.entries(after.files)) {
		if (!(p in before.files)) d.added[p] = text;
		else if (before.files[p] !== text) d.changed[p] = { before: before.files[p], after: text };
	}
	for (const [p, text] of Object.entries(before.files)) if (!(p in after.files)) d.removed[p] = text;
	d.foldersAdded = after.folders.filter((f) => !before.folders.includes(f));
	d.foldersRemoved = before.folders.filter((f) => !after.folders.includes(f));
	return d;
}

/** What a case allows to differ; each listed entry must also really differ. */
export interface Allowed {
	/** Path to a check of its before and after text. */
	changed?: Record<string, (before: string, after: string) => void>;
	/** New files: a list of paths, or path to a check of the new text. */
	added?: string[] | Record<string, (after: string) => void>;
	removed?: string[];
	foldersAdded?: string[];
	foldersRemoved?: string[];
}

/** Fails on any difference not in `allowed`, and on any allowed one that did not happen. */
export function expectOnly(d: VaultDiff, allowed: Allowed = {}): void {
	const added = Array.isArray(allowed.added) ? Object.fromEntries(allowed.added.map((p) => [p, null])) : (allowed.added ?? {});
	expect({
		changed: Object.keys(d.changed).sort(),
		added: Object.keys(d.added).sort(),
		removed: Object.keys(d.removed).sort(),
		foldersAdded: d.foldersAdded,
		foldersRemoved: d.foldersRemoved,
	}).toEqual({
		changed: Object.keys(allowed.changed ?? {}).sort(),
		added: Object.keys(added).sort(),
		removed: [...(allowed.removed ?? [])].sort(),
		foldersAdded: [...(allowed.foldersAdded ?? [])].sort(),
		foldersRemoved: [...(allowed.foldersRemoved ?? [])].sort(),
	});
	for (const [p, check] of Object.entries(allowed.changed ?? {})) check(d.changed[p].before, d.changed[p].after);
	for (const [p, check] of Object.entries(added)) if (check) check(d.added[p]);
}

/** Runs `action` between two snapshots and returns what changed. */
export async function changesDuring(app: FakeApp, action: () => Promise<unknown>): Promise<VaultDiff> {
	const before = snapshot(app);
	await action();
	return diff(before, snapshot(app));
}
