import { parseYaml, type TFile } from "obsidian";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { errorText, processNote, WriteRefused } from "../../obsidian/writes/safeWrite";
import { frontmatterText } from "./parkingProps";
import { say } from "../say";

/**
 * Parking and unparking a note are two steps, a properties edit and a move.
 * The edit goes first because it is the one that can be refused (broken YAML)
 * without side effects; if the move then fails, the edit is undone to the
 * exact previous bytes, so the user never finds a note half parked.
 */
export async function editThenMove(
	ctx: JitlContext,
	file: TFile,
	edit: (text: string) => string,
	destination: () => string,
	undo: (text: string) => string,
): Promise<string | null> {
	const from = file.path;
	let before: string | null = null;
	let after: string | null = null;
	const written = await processNote(ctx, from, (text) => {
		after = edit(text);
		before = text;
		return after;
	});
	if (!written.ok || before === null) return null;
	try {
		const dest = destination();
		await ctx.app.fileManager.renameFile(file, dest);
		return dest;
	} catch (e) {
		await restore(ctx, file, before, after, undo);
		say("parking.notice.noteFailed", { path: from, error: errorText(e) });
		return null;
	}
}

/**
 * Puts the exact old bytes back; when someone changed the note in between,
 * keeps their edit and undoes only ours (`undo`).
 */
async function restore(ctx: JitlContext, file: TFile, before: string, after: string | null, undo: (text: string) => string): Promise<void> {
	try {
		await ctx.writes.run(file.path, () => ctx.app.vault.process(file, (text) => (text === after ? before : undo(text))));
	} catch {
		// The note is gone or unwritable; the failure is already being reported.
	}
}

/**
 * The note's properties as an object ({} when it has none). Throws
 * WriteRefused when they cannot be read: adding lines to broken YAML, or to
 * a block that is not a mapping, would only break it further.
 */
export function readProperties(text: string, path: string): Record<string, unknown> {
	const yaml = frontmatterText(text);
	if (yaml === null) return {};
	let value: unknown;
	try {
		value = parseYaml(yaml);
	} catch {
		throw new WriteRefused(t("notice.brokenYaml", { path }));
	}
	if (value === null || value === undefined) return {};
	if (typeof value !== "object" || Array.isArray(value)) throw new WriteRefused(t("notice.brokenYaml", { path }));
	return value as Record<string, unknown>;
}
