import type { JitlContext } from "../../obsidian/JitlContext";
import { saveSession } from "./sessionState";

/**
 * Keeps the running session on its challenge when the note (or a folder above
 * it) is renamed or moved, so stopping logs into the note the session began on.
 */
export async function followRename(ctx: JitlContext, newPath: string, oldPath: string): Promise<void> {
	const session = ctx.settings.runningSession;
	if (!session) return;
	const path = session.challengePath;
	let moved: string | null = null;
	if (path === oldPath) moved = newPath;
	else if (path.startsWith(oldPath + "/")) moved = newPath + path.slice(oldPath.length);
	if (moved === null || moved === path) return;
	await saveSession(ctx, { ...session, challengePath: moved });
}
