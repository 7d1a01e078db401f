import type { PracticeSummary } from "../../../core/practice";
import { t } from "../../../i18n/t";

/** Today's minutes against the goal: a line of text and an accessible progress bar. */
export function renderProgress(parent: HTMLElement, p: PracticeSummary): void {
	const wrap = parent.createDiv({ cls: "jitl-practice-today" });
	const text = t("practice.today", { minutes: p.todayMinutes, goal: p.goal });
	wrap.createDiv({ cls: "jitl-practice-today-text", text });
	const bar = wrap.createDiv({
		cls: "jitl-practice-progress",
		attr: {
			role: "progressbar",
			"aria-label": t("practice.progress.label"),
			"aria-valuemin": "0",
			"aria-valuemax": String(p.goal),
			"aria-valuenow": String(Math.min(p.todayMinutes, p.goal)),
			"aria-valuetext": text,
		},
	});
	bar.toggleClass("is-complete", p.todayMinutes >= p.goal);
	const percent = p.goal > 0 ? Math.min(100, Math.round((p.todayMinutes / p.goal) * 100)) : 0;
	bar.setCssProps({ "--jitl-practice-progress": `${percent}%` });
	bar.createDiv({ cls: "jitl-practice-progress-fill" });
}
