import type { CameUpReason, ParkedRef } from "../../core/model/types";
import { noteGroup, noteRow } from "../../features/parking/view/noteRow";
import { relativeAge } from "../../features/parking/view/relativeAge";
import { formatNumber, t } from "../../i18n/t";
import type { PartContext } from "../PartContext";
import type { SidebarPart } from "../SidebarPart";
import { emptyState } from "../dom";

/**
 * Just in case: the parked notes. Those that came up for the current
 * challenge come first, each with why; the rest follow, newest parked first,
 * with their age. Long lists render a page at a time.
 */
export const justInCasePart: SidebarPart = {
	id: "justInCase",
	title: "view.part.justInCase",
	icon: "archive",
	render(body, model, v) {
		const { cameUp, rest, total } = model.justInCase;
		if (total === 0) {
			emptyState(body, t("parking.jic.empty"), t("parking.jic.emptyHint"));
			return null;
		}
		if (cameUp.length > 0) renderGroup(body, v, cameUp, true);
		if (rest.length > 0) renderGroup(body, v, rest, false);
		return formatNumber(total);
	},
};

/** The notes that came up (each with why), or the rest (each with its age). */
function renderGroup(body: HTMLElement, v: PartContext, notes: ParkedRef[], came: boolean): void {
	const title = t(came ? "parking.jic.cameUp" : "parking.jic.rest");
	noteGroup(body, v, came ? "jitl-park-came-up" : "jitl-park-rest", title, came ? "jic:cameUp" : "jic:rest", notes, (list, { path, title, cameUp, ageDays }) => {
		const meta = came ? (cameUp ? reasonText(cameUp) : "") : relativeAge(ageDays);
		return noteRow(list, v, {
			path,
			title,
			meta,
			metaCls: came ? "jitl-park-reason" : "jitl-park-age",
			label: came ? t("parking.jic.openWhy", { title, reason: meta }) : t("parking.jic.open", { title, age: meta }),
		});
	});
}

export function reasonText(reason: CameUpReason): string {
	if (reason.kind === "tag") return `#${reason.tag}`;
	return t(reason.kind === "links-to" ? "parking.jic.reason.links-to" : "parking.jic.reason.linked-from");
}
