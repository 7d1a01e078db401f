import type { HeatmapCell } from "../../../core/practice";
import type { LocalDay } from "../../../core/types";
import { formatDay, t } from "../../../i18n/t";
import { div } from "../../../view/dom";

/**
 * The last 12 weeks, one column per week. Cells carry a level class coloured
 * by the theme (see practice.css) and an aria-label, which Obsidian also shows
 * as the hover tooltip. Days after today keep their slot but show nothing.
 */
export function renderHeatmap(parent: HTMLElement, grid: HeatmapCell[][], today: LocalDay): void {
	const map = div(parent, "jitl-heatmap", undefined, { role: "group", "aria-label": t("practice.heatmap.label") });
	for (const week of grid) {
		for (const cell of week) {
			if (cell.future) {
				div(map, ["jitl-heat-cell", "jitl-heat-future"], undefined, { "aria-hidden": "true" });
				continue;
			}
			const label = t("practice.heatmap.cell", { day: formatDay(cell.day), minutes: cell.minutes });
			div(map, ["jitl-heat-cell", `jitl-heat-${cell.level}`], undefined, { role: "img", "aria-label": label }).toggleClass("is-today", cell.day === today);
		}
	}
}
