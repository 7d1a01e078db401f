import { renderDeadline } from "../../features/practice/sidebar/renderDeadline";
import { renderHeatmap } from "../../features/practice/sidebar/renderHeatmap";
import { renderProgress } from "../../features/practice/sidebar/renderProgress";
import { renderStats } from "../../features/practice/sidebar/renderStats";
import { renderTimer } from "../../features/practice/sidebar/renderTimer";
import { renderUnreadable } from "../../features/practice/sidebar/renderUnreadable";
import { t } from "../../i18n/t";
import { emptyState } from "../dom";
import type { SidebarPart } from "../SidebarPart";

/**
 * The fourth part: practice on the current challenge. The header badge shows
 * today's minutes against the goal, so a collapsed part still says how the day goes.
 */
export const practicePart: SidebarPart = {
	id: "practice",
	title: "view.part.practice",
	icon: "timer",
	render(body, model, v) {
		body.addClass("jitl-practice");
		const current = model.current;
		if (!current) {
			emptyState(body, t("practice.empty"), t("practice.emptyHint"));
			renderTimer(body, v, null);
			return null;
		}
		const p = current.practice;
		renderProgress(body, p);
		renderStats(body, p);
		renderHeatmap(body, p.grid, model.today);
		renderTimer(body, v, current.path);
		renderDeadline(body, current.daysLeft);
		renderUnreadable(body, p.unreadable, v, current.path);
		return t("practice.badge", { minutes: p.todayMinutes, goal: p.goal });
	},
};
