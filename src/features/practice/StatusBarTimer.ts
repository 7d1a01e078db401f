import { type Plugin, setIcon } from "obsidian";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { makeActivatable } from "../../view/dom";
import { titleOfPath } from "./challengeRef";
import { formatElapsed } from "./formatElapsed";
import { SESSION_CHANGED } from "./sessionEvents";

/**
 * The status bar stopwatch. It reads the session from settings, so after a
 * reload it shows a session started before; it ticks only while one runs.
 * Clicking it (or Enter/Space on it) stops the session.
 */
export class StatusBarTimer {
	private readonly el: HTMLElement;
	private readonly textEl: HTMLElement;
	private ticker: number | null = null;

	constructor(
		private readonly plugin: Plugin,
		private readonly ctx: JitlContext,
		onActivate: () => void,
	) {
		this.el = plugin.addStatusBarItem();
		this.el.addClass("jitl-practice-status", "mod-clickable");
		// Named by update(), which keeps the label in step with the elapsed time.
		makeActivatable(this.el, null, onActivate);
		setIcon(this.el.createSpan({ cls: "jitl-practice-status-icon" }), "timer");
		this.textEl = this.el.createSpan({ cls: "jitl-practice-status-text" });
		plugin.registerEvent(ctx.events.on(SESSION_CHANGED, () => this.refresh()));
		this.refresh();
	}

	/** Shows or hides the item and starts or stops the one-second tick to match the session. */
	refresh(): void {
		const running = this.ctx.settings.runningSession !== null;
		this.el.toggleClass("jitl-hidden", !running);
		if (running && this.ticker === null) {
			this.ticker = this.plugin.registerInterval(window.setInterval(() => this.update(), 1000));
		} else if (!running && this.ticker !== null) {
			window.clearInterval(this.ticker);
			this.ticker = null;
		}
		this.update();
	}

	private update(): void {
		const session = this.ctx.settings.runningSession;
		if (!session) return;
		const elapsed = formatElapsed(this.ctx.now() - session.startedAt);
		this.textEl.setText(elapsed);
		this.el.setAttr("aria-label", t("practice.status.label", { title: titleOfPath(session.challengePath), elapsed }));
	}
}
