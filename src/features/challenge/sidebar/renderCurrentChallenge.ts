import { type Component, setIcon } from "obsidian";
import type { CurrentChallengeModel, SidebarModel } from "../../../core/model/types";
import { formatDay, t } from "../../../i18n/t";
import { button, div, emptyState, opensNote } from "../../../view/dom";
import type { PartContext } from "../../../view/PartContext";
import { promptActionItem } from "../addActionItem";
import { completeChallenge } from "../completeChallenge";
import { setCurrentChallenge } from "../setCurrentChallenge";
import { deadlineText } from "../../../view/deadlineText";
import { renderActionItems } from "./renderActionItems";

/** The current challenge: title, deadline, progress and its action items. */
export function renderCurrentChallenge(body: HTMLElement, model: SidebarModel, current: CurrentChallengeModel, v: PartContext, owner: Component): void {
	if (model.currentCandidates.length > 1) renderConflict(body, model, current, v);

	const head = div(body, "jitl-challenge-head");
	opensNote(div(head, "jitl-challenge-title", current.title), t("challenge.view.open", { title: current.title }), v, current.path);
	iconButton(head, "list-plus", t("challenge.view.addItem"), () => void promptActionItem(v.ctx, current.path));
	iconButton(head, "check-circle", t("challenge.view.complete"), () => void completeChallenge(v.ctx, current.path));

	if (current.deadline !== null && current.daysLeft !== null) {
		const due = t("challenge.view.deadline", { date: formatDay(current.deadline) });
		const state = current.daysLeft < 0 ? ["is-overdue"] : current.daysLeft <= 2 ? ["is-due-soon"] : [];
		div(body, ["jitl-challenge-deadline", ...state], deadlineText(current.daysLeft), { title: due });
	}

	if (current.total > 0) renderProgress(body, current.done, current.total);
	if (current.actionItems.length === 0) emptyState(body, t("challenge.view.noItems"), t("challenge.view.noItemsHint"));
	else renderActionItems(body, current.path, current.actionItems, v, owner);
}

/** Several notes say `current`: name them, say which one is shown, offer to keep only it. */
function renderConflict(body: HTMLElement, model: SidebarModel, current: CurrentChallengeModel, v: PartContext): void {
	const box = div(body, "jitl-challenge-conflict", undefined, { role: "status" });
	const names = model.currentCandidates.map((c) => c.title).join(t("challenge.listSeparator"));
	div(box, undefined, t("challenge.view.several", { count: model.currentCandidates.length, names, shown: current.title }));
	button(box, "jitl-challenge-keep", t("challenge.view.keepOnly"), () => void setCurrentChallenge(v.ctx, current.path));
}

function renderProgress(body: HTMLElement, done: number, total: number): void {
	const wrap = div(body, "jitl-challenge-progress");
	const percent = Math.round((done / total) * 100);
	const bar = div(wrap, "jitl-progress-bar", undefined, { role: "progressbar", "aria-valuemin": "0", "aria-valuemax": total, "aria-valuenow": done });
	div(bar, "jitl-progress-fill").setCssProps({ "--jitl-progress": `${percent}%` });
	div(wrap, "jitl-progress-text", t("challenge.view.progress", { done, total }));
}

function iconButton(parent: HTMLElement, icon: string, label: string, onClick: () => void): void {
	setIcon(button(parent, ["clickable-icon", "jitl-challenge-action"], undefined, onClick, { "aria-label": label }), icon);
}
