/**
 * Fault injection at the vault's write calls. `onNextWrite` wraps the calls a
 * write path makes (Vault.process/modify/create/createFolder, FileManager.
 * processFrontMatter/renameFile) and, on the first one aimed at a given path,
 * hands control to the fault: it can change, delete or rename the file and
 * then let the write go on (`proceed`), throw instead of writing, or write and
 * then throw. That puts the fault at the worst moment: after the plugin
 * decided what to write, before the disk took it, with the metadata cache
 * still showing the old note.
 */
import type { TAbstractFile } from "obsidian";
import { vi } from "vitest";
import type { FakeApp } from "../../fake/obsidian/index";

export type WriteOp = "process" | "modify" | "create" | "createFolder" | "processFrontMatter" | "renameFile";
export const ALL_OPS: readonly WriteOp[] = ["process", "modify", "create", "createFolder", "processFrontMatter", "renameFile"];

type AnyFn = (...args: unknown[]) => Promise<unknown>;

export interface Injection {
	/** How many times the fault ran (0 means the write path never reached the disk call). */
	readonly fired: number;
}

/**
 * Runs `fault` in place of the next call of one of `ops` whose target is
 * `match` (a path, or a test on the path). `proceed` performs the real call.
 * Calls made while the fault runs go straight through. `times` faults that
 * many matching calls (Infinity for all).
 */
export function onNextWrite(
	app: FakeApp,
	match: string | ((path: string) => boolean),
	fault: (proceed: () => Promise<unknown>, path: string) => Promise<unknown>,
	opts: { ops?: readonly WriteOp[]; times?: number } = {},
): Injection {
	const ops = opts.ops ?? ALL_OPS;
	const matches = typeof match === "string" ? (p: string) => p === match : match;
	const state = { fired: 0, busy: false };
	const owners: Record<WriteOp, object> = {
		process: app.vault,
		modify: app.vault,
		create: app.vault,
		createFolder: app.vault,
		processFrontMatter: app.fileManager,
		renameFile: app.fileManager,
	};
	for (const op of ops) {
		const owner = owners[op] as Record<string, AnyFn>;
		const original = owner[op].bind(owner);
		vi.spyOn(owner, op).mockImplementation(async (...args: unknown[]) => {
			const path = typeof args[0] === "string" ? args[0] : (args[0] as TAbstractFile).path;
			if (state.busy || state.fired >= (opts.times ?? 1) || !matches(path)) return original(...args);
			state.fired++;
			state.busy = true;
			try {
				return await fault(() => original(...args), path);
			} finally {
				state.busy = false;
			}
		});
	}
	return {
		get fired() {
			return state.fired;
		},
	};
}

/**
 * Runs `change` (another device, or the user, acting) in place of the next
 * matching call, then lets that call go on: the commonest fault, a note
 * edited, deleted or renamed while the plugin writes it.
 */
export function beforeNextWrite(
	app: FakeApp,
	match: string | ((path: string) => boolean),
	change: () => unknown,
	ops?: readonly WriteOp[],
): Injection {
	return onNextWrite(
		app,
		match,
		async (proceed) => {
			await change();
			return proceed();
		},
		{ ops },
	);
}

/** Runs `change` in place of the next matching call, then makes that call throw `error` without writing. */
export function changeThenFail(
	app: FakeApp,
	match: string | ((path: string) => boolean),
	change: () => unknown,
	error: Error,
	ops?: readonly WriteOp[],
): Injection {
	return onNextWrite(
		app,
		match,
		async () => {
			await change();
			throw error;
		},
		{ ops },
	);
}

/** An error such as the desktop app reports for a file it may not write. */
export function diskError(path: string, code = "EACCES", what = "permission denied"): Error {
	const error = new Error(`${code}: ${what}, open '/fake/vault/${path}'`) as Error & { code: string };
	error.code = code;
	return error;
}

/** The next matching call throws `error` without touching the disk. */
export function failNext(app: FakeApp, match: string | ((path: string) => boolean), error: Error, ops?: readonly WriteOp[]): Injection {
	return onNextWrite(app, match, () => Promise.reject(error), { ops });
}
