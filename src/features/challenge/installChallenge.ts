import type { Menu, TAbstractFile } from "obsidian";
import { isInFolder } from "../../core/parking/folder";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import type { InstallFeature } from "../Feature";
import { addMenuItem, isNote } from "../menuItems";
import { promptActionItem } from "./addActionItem";
import { completeChallenge } from "./completeChallenge";
import { hasCurrentChallenge } from "./currentChallenge";
import { followEditorEdits } from "./liveEditorUpdates";
import { setCurrentChallenge } from "./setCurrentChallenge";

/**
 * Registers the three challenge commands and their entries in a note's file
 * menu. Each command shows only when it applies; run from a hotkey during
 * indexing, it waits for the index and then says what it did or why not.
 */
export const installChallenge: InstallFeature = (plugin, ctx) => {
	plugin.addCommand({
		id: "set-current-challenge",
		name: t("challenge.command.setCurrent"),
		checkCallback: (checking) => {
			const file = plugin.app.workspace.getActiveFile();
			if (!isNote(file)) return false;
			if (!checking) void setCurrentChallenge(ctx, file.path);
			return true;
		},
	});
	plugin.addCommand({
		id: "complete-challenge",
		name: t("challenge.command.complete"),
		checkCallback: (checking) => {
			if (!hasCurrentChallenge(ctx)) return false;
			if (!checking) void completeChallenge(ctx);
			return true;
		},
	});
	plugin.addCommand({
		id: "add-action-item",
		name: t("challenge.command.addItem"),
		checkCallback: (checking) => {
			if (!hasCurrentChallenge(ctx)) return false;
			if (!checking) void promptActionItem(ctx);
			return true;
		},
	});
	plugin.registerEvent(plugin.app.workspace.on("file-menu", (menu, file) => addFileMenuItems(menu, file, ctx)));
	followEditorEdits(plugin, ctx);
};

/**
 * A note's menu offers what fits that note: "set as current" on a note that is
 * not already the one current challenge (and not parked), "done" and "add
 * action item" on the current challenge itself.
 */
function addFileMenuItems(menu: Menu, file: TAbstractFile, ctx: JitlContext): void {
	if (!isNote(file) || !ctx.isReady) return;
	const { chosen, candidates } = ctx.index.current();
	const isShown = chosen?.record.path === file.path;
	if (!isInFolder(file.path, ctx.settings.justInCaseFolder) && !(isShown && candidates.length === 1)) {
		addMenuItem(menu, t("challenge.command.setCurrent"), "target", () => void setCurrentChallenge(ctx, file.path));
	}
	if (!isShown) return;
	addMenuItem(menu, t("challenge.command.addItem"), "list-plus", () => void promptActionItem(ctx, file.path));
	addMenuItem(menu, t("challenge.command.complete"), "check-circle", () => void completeChallenge(ctx, file.path));
}
