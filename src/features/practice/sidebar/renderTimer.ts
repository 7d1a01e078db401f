import { t } from "../../../i18n/t";
import { button, div, span } from "../../../view/dom";
import type { PartContext } from "../../../view/PartContext";
import { noteTitle } from "../../challenge/noteTitle";
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
	const row = div(parent, "jitl-practice-timer");
	if (session) {
		row.addClass("is-running");
		const text = span(row, "jitl-practice-elapsed", undefined, { "aria-live": "off" });
		const here = session.challengePath === currentPath;
		live.tick = () => {
			const elapsed = formatElapsed(ctx.now() - session.startedAt);
			text.setText(here ? t("practice.timer.running", { elapsed }) : t("practice.timer.elsewhere", { title: noteTitle(session.challengePath), elapsed }));
		};
		live.tick();
		button(row, "mod-cta", t("practice.timer.stop"), () => void stopSession(ctx));
		return;
	}
	button(row, "mod-cta", t("practice.timer.start"), () => void startSession(ctx));
	button(row, undefined, t("practice.timer.log"), () => openLogPractice(ctx));
}
