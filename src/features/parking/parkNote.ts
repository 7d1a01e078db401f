import type { TFile } from "obsidian";
import { isInFolder } from "../../core/parking/folder";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { notify } from "../../obsidian/notify";
import { errorText } from "../../obsidian/writes/safeWrite";
import { editThenMove, readProperties } from "./editThenMove";
import { freeNotePath, parentOf } from "./freePath";
import { addParkingProps, removeParkingProps } from "./parkingProps";
import { ensureFolder, FolderIsFile, parkingFolder, removeCreatedFolders } from "./parkingFolder";
import { say } from "../say";

/**
 * Moves a note into the just-in-case folder through FileManager.renameFile, so
 * Obsidian rewrites the links to it, and records when and where from in its
 * properties. Returns the new path, or null when nothing was changed.
 */
export async function parkNote(ctx: JitlContext, file: TFile): Promise<string | null> {
	const folder = parkingFolder(ctx);
	if (folder === null) return null;
	if (isInFolder(file.path, folder)) {
		say("parking.notice.alreadyParked", { path: file.path });
		return null;
	}
	const { vault } = ctx.app;
	return ctx.writes.run(`park:${folder}`, async () => {
		// A second click queued behind the first finds the note already moved.
		if (isInFolder(file.path, folder)) {
			say("parking.notice.alreadyParked", { path: file.path });
			return null;
		}
		let made: string[];
		try {
			made = await ensureFolder(ctx.app, folder);
		} catch (e) {
			notify(e instanceof FolderIsFile ? e.message : t("parking.notice.noteFailed", { path: file.path, error: errorText(e) }));
			return null;
		}
		const from = parentOf(file.path);
		const edit = (text: string) => {
			readProperties(text, file.path);
			return addParkingProps(text, ctx.today(), from);
		};
		const dest = await editThenMove(ctx, file, edit, () => freeNotePath(vault, folder, file.basename), removeParkingProps);
		if (dest === null) {
			await removeCreatedFolders(ctx.app, made);
			return null;
		}
		say("parking.notice.noteParked", { title: file.basename, folder });
		return dest;
	});
}
