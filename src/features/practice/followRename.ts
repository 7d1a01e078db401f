import type { JitlContext } from "../../obsidian/JitlContext";
import { saveSession } from "./sessionState";

/**
 * Keeps the running session on its challenge when the note is renamed or moved
 * (Obsidian reports each file of a moved folder too), so stopping logs into the
 * note the session began on.
 */
export async function followRename(ctx: JitlContext, newPath: string, oldPath: string): Promise<void> {
	const session = ctx.settings.runningSession;
	if (!session || session.challengePath !== oldPath || newPath === oldPath) return;
	await saveSession(ctx, { ...session, challengePath: newPath });
}
