import type { Editor, MarkdownFileInfo, Menu, TAbstractFile, TFile } from "obsidian";
import { isInFolder } from "../../core/parking/folder";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import type { InstallFeature } from "../Feature";
import { addMenuItem, isNote } from "../menuItems";
import { parkIdea } from "./parkIdea";
import { parkNote } from "./parkNote";
import { parkingFolder } from "./parkingFolder";
import { unparkNote } from "./unparkNote";

/**
 * Registers park-idea (palette and editor menu), park-note and unpark-note
 * (palette and file menu). Each shows only where it applies: park-note on a
 * note outside the just-in-case folder, unpark-note on one inside it.
 */
export const installParking: InstallFeature = (plugin, ctx) => {
	const { workspace } = ctx.app;
	plugin.addCommand({
		id: "park-idea",
		name: t("parking.command.park-idea"),
		icon: "archive",
		editorCheckCallback: (checking, editor, info) => {
			if (!isNote(info.file)) return false;
			if (!checking) void parkIdea(ctx, editor, info);
			return true;
		},
	});
	plugin.addCommand({
		id: "park-note",
		name: t("parking.command.park-note"),
		icon: "archive",
		checkCallback: (checking) => runOnActive(ctx, checking, canPark, parkNote),
	});
	plugin.addCommand({
		id: "unpark-note",
		name: t("parking.command.unpark-note"),
		icon: "archive-restore",
		checkCallback: (checking) => runOnActive(ctx, checking, isParked, unparkNote),
	});
	plugin.registerEvent(workspace.on("editor-menu", (menu, editor, info) => addIdeaItem(ctx, menu, editor, info)));
	plugin.registerEvent(workspace.on("file-menu", (menu, file) => addFileItems(ctx, menu, file)));
};

type NoteAction = (ctx: JitlContext, file: TFile) => Promise<unknown>;

function runOnActive(ctx: JitlContext, checking: boolean, applies: (ctx: JitlContext, f: TFile) => boolean, action: NoteAction): boolean {
	const file = ctx.app.workspace.getActiveFile();
	if (!isNote(file) || !applies(ctx, file)) return false;
	if (!checking) void action(ctx, file);
	return true;
}

function addIdeaItem(ctx: JitlContext, menu: Menu, editor: Editor, info: MarkdownFileInfo): void {
	if (!isNote(info.file)) return;
	addMenuItem(menu, t("parking.command.park-idea"), "archive", () => void parkIdea(ctx, editor, info), "action");
}

function addFileItems(ctx: JitlContext, menu: Menu, file: TAbstractFile): void {
	if (!isNote(file)) return;
	if (canPark(ctx, file)) addMenuItem(menu, t("parking.command.park-note"), "archive", () => void parkNote(ctx, file), "action");
	if (isParked(ctx, file)) addMenuItem(menu, t("parking.command.unpark-note"), "archive-restore", () => void unparkNote(ctx, file), "action");
}

/** Whether the note is in the just-in-case folder (false when the folder setting is invalid). */
function isParked(ctx: JitlContext, file: TFile): boolean {
	const folder = parkingFolder(ctx, true);
	return folder !== null && isInFolder(file.path, folder);
}

/** Offered outside the folder; also when the folder setting is invalid, so running it explains why. */
function canPark(ctx: JitlContext, file: TFile): boolean {
	return !isParked(ctx, file);
}

