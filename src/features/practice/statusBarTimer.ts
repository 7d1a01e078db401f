import { type Plugin, setIcon } from "obsidian";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { makeActivatable, span } from "../../view/dom";
import { noteTitle } from "../challenge/noteTitle";
import { formatElapsed } from "./formatElapsed";
import { SESSION_CHANGED } from "./sessionEvents";

/**
 * The status bar stopwatch. It reads the session from settings, so after a
 * reload it shows a session started before; it ticks only while one runs.
 * Clicking it (or Enter/Space on it) stops the session.
 */
export function addStatusBarTimer(plugin: Plugin, ctx: JitlContext, onActivate: () => void): void {
	const el = plugin.addStatusBarItem();
	el.addClass("jitl-practice-status", "mod-clickable");
	// Named by update(), which keeps the label in step with the elapsed time.
	makeActivatable(el, null, onActivate);
	setIcon(span(el, "jitl-practice-status-icon"), "timer");
	const textEl = span(el, "jitl-practice-status-text");
	let ticker: number | null = null;

	const update = () => {
		const session = ctx.settings.runningSession;
		if (!session) return;
		const elapsed = formatElapsed(ctx.now() - session.startedAt);
		textEl.setText(elapsed);
		el.setAttr("aria-label", t("practice.status.label", { title: noteTitle(session.challengePath), elapsed }));
	};

	/** Shows or hides the item and starts or stops the one-second tick to match the session. */
	const refresh = () => {
		const running = ctx.settings.runningSession !== null;
		el.toggleClass("jitl-hidden", !running);
		if (running && ticker === null) {
			ticker = plugin.registerInterval(window.setInterval(update, 1000));
		} else if (!running && ticker !== null) {
			window.clearInterval(ticker);
			ticker = null;
		}
		update();
	};

	plugin.registerEvent(ctx.events.on(SESSION_CHANGED, refresh));
	refresh();
}
