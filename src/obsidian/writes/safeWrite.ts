import { TFile } from "obsidian";
import { t } from "../../i18n/t";
import type { JitlContext } from "../JitlContext";
import { notify } from "../notify";
import { saveOpenEditors } from "./saveOpenEditors";

/**
 * Thrown inside a `Vault.process` callback to abort the write: Obsidian writes
 * nothing when the callback throws. The message is shown to the user.
 */
export class WriteRefused extends Error {
	constructor(message: string) {
		super(message);
		this.name = "WriteRefused";
	}
}

export type WriteResult = { ok: true } | { ok: false; message: string };

/** The file at `path`, or a Notice and null when it is gone. */
export function fileAt(ctx: JitlContext, path: string, quiet = false): TFile | null {
	const f = ctx.app.vault.getAbstractFileByPath(path);
	if (f instanceof TFile) return f;
	if (!quiet) notify(t("notice.fileGone", { path }));
	return null;
}

/**
 * A read-modify-write of one note through `Vault.process`, queued per file.
 * `edit` gets the current text and returns the new text, or throws WriteRefused
 * to leave the file untouched; either way the user hears why.
 */
export async function processNote(ctx: JitlContext, path: string, edit: (text: string) => string): Promise<WriteResult> {
	return ctx.writes.run(path, async () => {
		await saveOpenEditors(ctx, path);
		const file = fileAt(ctx, path);
		if (!file) return { ok: false, message: t("notice.fileGone", { path }) };
		try {
			await ctx.app.vault.process(file, edit);
			return { ok: true };
		} catch (e) {
			const message = e instanceof WriteRefused ? e.message : t("notice.writeFailed", { path, error: errorText(e) });
			notify(message);
			return { ok: false, message };
		}
	});
}

/**
 * A front matter change through `FileManager.processFrontMatter`, queued per
 * file. Broken YAML makes Obsidian throw: the note is left as it is and the
 * user is told how to fix it.
 */
export async function processFrontmatter(
	ctx: JitlContext,
	path: string,
	edit: (fm: Record<string, unknown>) => void,
): Promise<WriteResult> {
	return ctx.writes.run(path, async () => {
		await saveOpenEditors(ctx, path);
		const file = fileAt(ctx, path);
		if (!file) return { ok: false, message: t("notice.fileGone", { path }) };
		try {
			await ctx.app.fileManager.processFrontMatter(file, edit);
			return { ok: true };
		} catch (e) {
			const message =
				e instanceof WriteRefused
					? e.message
					: isYamlError(e)
						? t("notice.brokenYaml", { path })
						: t("notice.writeFailed", { path, error: errorText(e) });
			notify(message);
			return { ok: false, message };
		}
	});
}

export function errorText(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

function isYamlError(e: unknown): boolean {
	if (!(e instanceof Error)) return false;
	if (/yaml/i.test(e.name)) return true;
	// A file system error (ENOENT, EACCES…) names the note's path in its message, and a path may hold any word.
	if (/^E[A-Z]+$/.test(String((e as { code?: unknown }).code))) return false;
	return /yaml|mapping|indentation|flow|collection|implicit key|scalar/i.test(e.message);
}
