import type { PracticeSummary } from "../../../core/practice";
import { t } from "../../../i18n/t";
import { div } from "../../../view/dom";

/** Today's minutes against the goal: a line of text and an accessible progress bar. */
export function renderProgress(parent: HTMLElement, p: PracticeSummary): void {
	const wrap = div(parent, "jitl-practice-today");
	const text = t("practice.today", { minutes: p.todayMinutes, goal: p.goal });
	div(wrap, "jitl-practice-today-text", text);
	const bar = div(wrap, "jitl-practice-progress", undefined, {
		role: "progressbar",
		"aria-label": t("practice.progress.label"),
		"aria-valuemin": "0",
		"aria-valuemax": p.goal,
		"aria-valuenow": Math.min(p.todayMinutes, p.goal),
		"aria-valuetext": text,
	});
	bar.toggleClass("is-complete", p.todayMinutes >= p.goal);
	const percent = p.goal > 0 ? Math.min(100, Math.round((p.todayMinutes / p.goal) * 100)) : 0;
	bar.setCssProps({ "--jitl-practice-progress": `${percent}%` });
	div(bar, "jitl-practice-progress-fill");
}
