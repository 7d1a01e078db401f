import type { PracticeSummary } from "../../../core/practice";
import { t } from "../../../i18n/t";
import { div } from "../../../view/dom";
import { plural } from "./plural";

/** Current streak, best streak and this week's minutes, as three small tiles. */
export function renderStats(parent: HTMLElement, p: PracticeSummary): void {
	const row = div(parent, "jitl-practice-stats");
	const days = (n: number) => plural(n, "practice.days.one", "practice.days.other");
	tile(row, "streak", t("practice.stat.streak"), days(p.streak));
	tile(row, "best", t("practice.stat.best"), days(p.best));
	tile(row, "week", t("practice.stat.week"), t("practice.minutes", { count: p.weekMinutes }));
}

function tile(row: HTMLElement, id: string, label: string, value: string): void {
	const el = div(row, ["jitl-practice-stat", `jitl-practice-stat-${id}`]);
	div(el, "jitl-practice-stat-value", value);
	div(el, "jitl-practice-stat-label", label);
}
