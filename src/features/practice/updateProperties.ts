import { parsePracticeLog, practiceProperties } from "../../core/practice";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { errorText, fileAt } from "../../obsidian/writes/safeWrite";

/**
 * Mirrors the log into `practice_minutes` and `last_practiced`, reading the note
 * as it is now (inside the per-file queue, so right after our own append).
 * Returns null on success, else why it failed. It does not notify: the caller
 * has just logged practice and words one message that says both things.
 */
export async function updatePracticeProperties(ctx: JitlContext, path: string): Promise<string | null> {
	const heading = ctx.settings.practiceLogHeading;
	return ctx.writes.run(path, async () => {
		const file = fileAt(ctx, path, true);
		if (!file) return t("notice.fileGone", { path });
		try {
			const props = practiceProperties(parsePracticeLog(await ctx.app.vault.read(file), heading));
			await ctx.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
				fm.practice_minutes = props.practice_minutes;
				if (props.last_practiced) fm.last_practiced = props.last_practiced;
			});
			return null;
		} catch (e) {
			return errorText(e);
		}
	});
}
