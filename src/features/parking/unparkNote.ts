import type { TFile } from "obsidian";
import { isInFolder, unparkDestination } from "../../core/parking/folder";
import type { JitlContext } from "../../obsidian/JitlContext";
import { editThenMove, readProperties } from "./editThenMove";
import { freeNotePath } from "./freePath";
import { addParkingProps, removeParkingProps } from "./parkingProps";
import { parkingFolder } from "./parkingFolder";
import { say } from "../say";

/**
 * Brings a parked note back to the folder named in its `parked_from`, or to
 * the vault root when that folder is gone, and drops the parking properties.
 * Returns the new path, or null when nothing was changed.
 */
export async function unparkNote(ctx: JitlContext, file: TFile): Promise<string | null> {
	const folder = parkingFolder(ctx);
	if (folder === null) return null;
	if (!isInFolder(file.path, folder)) {
		say("parking.notice.notParked", { path: file.path });
		return null;
	}
	const { vault } = ctx.app;
	let recorded: unknown;
	let parked: unknown;
	let target = "";
	const edit = (text: string) => {
		const props = readProperties(text, file.path);
		recorded = props.parked_from;
		parked = props.parked;
		target = unparkDestination(recorded, (p) => vault.getFolderByPath(p) !== null, {
			parkingFolder: folder,
			configDir: vault.configDir,
		});
		return removeParkingProps(text);
	};
	const dest = await ctx.writes.run(`park:${folder}`, async () => {
		// A second click queued behind the first finds the note already back home.
		if (!isInFolder(file.path, folder)) {
			say("parking.notice.notParked", { path: file.path });
			return null;
		}
		// After a concurrent edit only our change is undone: the two properties go back (last in the block).
		const undo = (text: string) => addParkingProps(text, typeof parked === "string" ? parked : ctx.today(), typeof recorded === "string" ? recorded : "");
		return editThenMove(ctx, file, edit, () => freeNotePath(vault, target, file.basename), undo);
	});
	if (dest === null) return null;
	const home = typeof recorded === "string" && recorded.trim() !== "" ? "parking.notice.unparkedToRoot" : "parking.notice.unparkedRoot";
	say(target !== "" ? "parking.notice.unparked" : home, { title: file.basename, folder: target });
	return dest;
}
