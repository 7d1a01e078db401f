import { t } from "../../../i18n/t";
import type { PartContext } from "../../../view/PartContext";
import { titleOfPath } from "../challengeRef";
import { formatElapsed } from "../formatElapsed";
import { openLogPractice } from "../logPractice";
import { startSession } from "../startSession";
import { stopSession } from "../stopSession";
import { liveSession } from "./liveSession";

/**
 * The running timer with its stop button; without a session, buttons to start
 * one or log minutes on the current challenge. A session running on another
 * challenge is shown with that challenge's name, so it can still be stopped.
 */
export function renderTimer(parent: HTMLElement, v: PartContext, currentPath: string | null): void {
	const live = liveSession(v);
	const { ctx } = v;
	const session = ctx.settings.runningSession;
	if (!session && currentPath === null) return;
	const row = parent.createDiv({ cls: "jitl-practice-timer" });
	if (session) {
		row.addClass("is-running");
		const text = row.createSpan({ cls: "jitl-practice-elapsed", attr: { "aria-live": "off" } });
		const here = session.challengePath === currentPath;
		live.tick = () => {
			const elapsed = formatElapsed(ctx.now() - session.startedAt);
			text.setText(here ? t("practice.timer.running", { elapsed }) : t("practice.timer.elsewhere", { title: titleOfPath(session.challengePath), elapsed }));
		};
		live.tick();
		button(row, t("practice.timer.stop"), "mod-cta", () => void stopSession(ctx));
		return;
	}
	button(row, t("practice.timer.start"), "mod-cta", () => void startSession(ctx));
	button(row, t("practice.timer.log"), null, () => openLogPractice(ctx));
}

function button(row: HTMLElement, text: string, cls: string | null, onClick: () => void): void {
	const el = row.createEl("button", { text, cls: cls ?? undefined });
	el.addEventListener("click", onClick);
}
