import type { JitlContext } from "../../obsidian/JitlContext";

/**
 * Fired on `ctx.events` whenever the running session starts, stops or follows a
 * rename, so the status bar and open sidebars update without polling settings.
 */
export const SESSION_CHANGED = "practice-session-changed";

export function announceSessionChange(ctx: JitlContext): void {
	ctx.events.trigger(SESSION_CHANGED);
}
