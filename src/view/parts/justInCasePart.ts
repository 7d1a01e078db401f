import type { CameUpReason, ParkedRef } from "../../core/model/types";
import { groupHeader, noteRow } from "../../features/parking/view/noteRow";
import { pagedList } from "../../features/parking/view/pagedList";
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
		if (cameUp.length > 0) {
			const group = groupHeader(body, t("parking.jic.cameUp"), formatNumber(cameUp.length));
			group.addClass("jitl-park-came-up");
			pagedList(group, cameUp, { owner: v.component, key: "jic:cameUp" }, (list, note) => cameUpRow(list, v, note));
		}
		if (rest.length > 0) {
			const group = groupHeader(body, t("parking.jic.rest"), formatNumber(rest.length));
			group.addClass("jitl-park-rest");
			pagedList(group, rest, { owner: v.component, key: "jic:rest" }, (list, note) => restRow(list, v, note));
		}
		return formatNumber(total);
	},
};

function cameUpRow(list: HTMLElement, v: PartContext, note: ParkedRef): HTMLElement {
	const reason = note.cameUp ? reasonText(note.cameUp) : "";
	return noteRow(list, v, {
		path: note.path,
		title: note.title,
		meta: reason,
		metaCls: "jitl-park-reason",
		label: t("parking.jic.openWhy", { title: note.title, reason }),
	});
}

function restRow(list: HTMLElement, v: PartContext, note: ParkedRef): HTMLElement {
	const age = relativeAge(note.ageDays);
	return noteRow(list, v, {
		path: note.path,
		title: note.title,
		meta: age,
		metaCls: "jitl-park-age",
		label: t("parking.jic.open", { title: note.title, age }),
	});
}

export function reasonText(reason: CameUpReason): string {
	if (reason.kind === "tag") return `#${reason.tag}`;
	return t(reason.kind === "links-to" ? "parking.jic.reason.links-to" : "parking.jic.reason.linked-from");
}
