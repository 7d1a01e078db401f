import type { Plugin } from "obsidian";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import type { InstallFeature } from "../Feature";
import { currentChallenge } from "./challengeRef";
import { followRename } from "./followRename";
import { openLogPractice } from "./logPractice";
import { startSession } from "./startSession";
import { addStatusBarTimer } from "./statusBarTimer";
import { stopSession } from "./stopSession";

/** Registers the practice commands, the status bar timer and the rename follower. */
export const installPractice: InstallFeature = (plugin, ctx) => {
	addStatusBarTimer(plugin, ctx, () => void stopSession(ctx));
	plugin.registerEvent(ctx.app.vault.on("rename", (file, oldPath) => void followRename(ctx, file.path, oldPath)));

	// Start shows while a session runs too, so running it again can say why it does nothing.
	const canStart = () => ctx.settings.runningSession !== null || currentChallenge(ctx) !== null;
	addIndexedCommand(plugin, ctx, "start-practice", t("practice.command.start"), canStart, () => void startSession(ctx));
	plugin.addCommand({
		id: "stop-practice",
		name: t("practice.command.stop"),
		checkCallback: (checking) => {
			if (ctx.settings.runningSession === null) return false;
			if (!checking) void stopSession(ctx);
			return true;
		},
	});
	const canLog = () => currentChallenge(ctx) !== null;
	addIndexedCommand(plugin, ctx, "log-practice", t("practice.command.log"), canLog, () => openLogPractice(ctx));
};

/**
 * A command that needs the index. Before the first build it is offered and, when
 * run, waits for the index, then runs if it still applies.
 */
function addIndexedCommand(
	plugin: Plugin,
	ctx: JitlContext,
	id: string,
	name: string,
	applies: () => boolean,
	run: () => void,
): void {
	plugin.addCommand({
		id,
		name,
		checkCallback: (checking) => {
			if (!ctx.isReady) {
				if (!checking) void ctx.whenReady().then(() => run());
				return true;
			}
			if (!applies()) return false;
			if (!checking) run();
			return true;
		},
	});
}
