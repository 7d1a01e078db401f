import type { RunningSession } from "../../core/settings";
import type { JitlContext } from "../../obsidian/JitlContext";
import { announceSessionChange } from "./sessionEvents";

/**
 * The running session lives in data.json (saved at once by updateSettings), so
 * a reload or a crash finds it again. These helpers are the only writers.
 */
export async function saveSession(ctx: JitlContext, session: RunningSession | null): Promise<void> {
	await ctx.updateSettings({ runningSession: session });
	announceSessionChange(ctx);
}

/** Clears the session only if it is still the one started at `startedAt` (a rename may have replaced the object). */
export async function clearSession(ctx: JitlContext, startedAt: number): Promise<void> {
	if (ctx.settings.runningSession?.startedAt !== startedAt) return;
	await saveSession(ctx, null);
}
