import type { JitlContext } from "../../obsidian/JitlContext";
import { processFrontmatter } from "../../obsidian/writes/safeWrite";
import { currentChallengePath } from "./currentChallenge";
import { setProperty } from "./frontmatterEdits";
import { noteTitle } from "./noteTitle";
import { say } from "../say";

/**
 * Marks the current challenge done (`status: done`, `completed:` today) through
 * `processFrontMatter`. With no current challenge left, the sidebar lists the
 * active ones to pick the next from, which the Notice points to.
 */
export async function completeChallenge(ctx: JitlContext, path?: string): Promise<boolean> {
	const target = path ?? (await currentChallengePath(ctx));
	if (target === null) return false;
	const written = await processFrontmatter(ctx, target, (fm) => {
		setProperty(fm, ctx.settings.statusKey, "done");
		setProperty(fm, "completed", ctx.today());
	});
	if (!written.ok) return false;
	say("challenge.notice.completed", { title: noteTitle(target) });
	return true;
}
