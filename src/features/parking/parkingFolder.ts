import { type App, TFile, TFolder } from "obsidian";
import { normalizeUserPath } from "../../core/paths";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { errorMessage } from "../../settings/errorMessage";
import { say } from "../say";

/**
 * The just-in-case folder, checked before anything is written there: Obsidian's
 * file API would follow a `..` or write into the config folder without a word.
 * Returns null (and tells the user why) when the setting cannot be used.
 */
export function parkingFolder(ctx: JitlContext, quiet = false): string | null {
	const result = normalizeUserPath(ctx.settings.justInCaseFolder, ctx.app.vault.configDir);
	if (result.ok) return result.path;
	if (!quiet) say("parking.notice.badFolder", { reason: errorMessage(result.error) });
	return null;
}

/** A path on the way to the folder is taken by a file, so the folder cannot exist. */
export class FolderIsFile extends Error {
	constructor(readonly path: string) {
		super(t("parking.notice.folderIsFile", { path }));
		this.name = "FolderIsFile";
	}
}

/**
 * Creates `path` one segment at a time and returns the folders it created,
 * deepest last, so a failed action can remove exactly those. Throws
 * {@link FolderIsFile} before creating anything when a segment is a file.
 */
export async function ensureFolder(app: App, path: string): Promise<string[]> {
	const { vault } = app;
	const segments = path.split("/");
	const missing: string[] = [];
	for (let i = 1; i <= segments.length; i++) {
		const prefix = segments.slice(0, i).join("/");
		const existing = vault.getAbstractFileByPath(prefix);
		if (existing instanceof TFile) throw new FolderIsFile(prefix);
		if (!existing) missing.push(prefix);
	}
	const created: string[] = [];
	try {
		for (const folder of missing) {
			await vault.createFolder(folder);
			created.push(folder);
		}
	} catch (e) {
		await removeCreatedFolders(app, created);
		throw e;
	}
	return created;
}

/**
 * Undoes {@link ensureFolder} after a failed action: removes the folders it
 * created, deepest first, but only while they are still empty. Through the
 * trash, like any deletion, though an empty folder leaves nothing there worth
 * restoring.
 */
export async function removeCreatedFolders(app: App, created: string[]): Promise<void> {
	const { vault, fileManager } = app;
	for (const path of [...created].reverse()) {
		const folder = vault.getAbstractFileByPath(path);
		if (!(folder instanceof TFolder) || folder.children.length > 0) return;
		try {
			await fileManager.trashFile(folder);
		} catch {
			return;
		}
	}
}
