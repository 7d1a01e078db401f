import { type Component, setIcon } from "obsidian";
import type { CurrentChallengeModel, SidebarModel } from "../../../core/model/types";
import { formatDay, t } from "../../../i18n/t";
import { emptyState, makeActivatable } from "../../../view/dom";
import type { PartContext } from "../../../view/PartContext";
import { promptActionItem } from "../addActionItem";
import { completeChallenge } from "../completeChallenge";
import { setCurrentChallenge } from "../setCurrentChallenge";
import { deadlineText } from "../../../view/deadlineText";
import { wantsNewTab } from "./openTarget";
import { renderActionItems } from "./renderActionItems";

/** The current challenge: title, deadline, progress and its action items. */
export function renderCurrentChallenge(body: HTMLElement, model: SidebarModel, current: CurrentChallengeModel, v: PartContext, owner: Component): void {
	if (model.currentCandidates.length > 1) renderConflict(body, model, current, v);

	const head = body.createDiv({ cls: "jitl-challenge-head" });
	const title = head.createDiv({ cls: "jitl-challenge-title", text: current.title });
	makeActivatable(title, t("challenge.view.open", { title: current.title }), (evt) => void v.openNote(current.path, { newLeaf: wantsNewTab(evt) }));
	iconButton(head, "list-plus", t("challenge.view.addItem"), () => void promptActionItem(v.ctx, current.path));
	iconButton(head, "check-circle", t("challenge.view.complete"), () => void completeChallenge(v.ctx, current.path));

	if (current.deadline !== null && current.daysLeft !== null) {
		const due = t("challenge.view.deadline", { date: formatDay(current.deadline) });
		const deadline = body.createDiv({ cls: "jitl-challenge-deadline", text: deadlineText(current.daysLeft), attr: { title: due } });
		deadline.toggleClass("is-overdue", current.daysLeft < 0);
		deadline.toggleClass("is-due-soon", current.daysLeft >= 0 && current.daysLeft <= 2);
	}

	if (current.total > 0) renderProgress(body, current.done, current.total);
	if (current.actionItems.length === 0) emptyState(body, t("challenge.view.noItems"), t("challenge.view.noItemsHint"));
	else renderActionItems(body, current.path, current.actionItems, v, owner);
}

/** Several notes say `current`: name them, say which one is shown, offer to keep only it. */
function renderConflict(body: HTMLElement, model: SidebarModel, current: CurrentChallengeModel, v: PartContext): void {
	const box = body.createDiv({ cls: "jitl-challenge-conflict", attr: { role: "status" } });
	const names = model.currentCandidates.map((c) => c.title).join(t("challenge.listSeparator"));
	box.createDiv({ text: t("challenge.view.several", { count: model.currentCandidates.length, names, shown: current.title }) });
	const keep = box.createEl("button", { cls: "jitl-challenge-keep", text: t("challenge.view.keepOnly") });
	keep.addEventListener("click", () => void setCurrentChallenge(v.ctx, current.path));
}

function renderProgress(body: HTMLElement, done: number, total: number): void {
	const wrap = body.createDiv({ cls: "jitl-challenge-progress" });
	const percent = Math.round((done / total) * 100);
	const bar = wrap.createDiv({
		cls: "jitl-progress-bar",
		attr: { role: "progressbar", "aria-valuemin": "0", "aria-valuemax": String(total), "aria-valuenow": String(done) },
	});
	bar.createDiv({ cls: "jitl-progress-fill" }).setCssProps({ "--jitl-progress": `${percent}%` });
	wrap.createDiv({ cls: "jitl-progress-text", text: t("challenge.view.progress", { done, total }) });
}

function iconButton(parent: HTMLElement, icon: string, label: string, onClick: () => void): void {
	const button = parent.createEl("button", { cls: ["clickable-icon", "jitl-challenge-action"], attr: { "aria-label": label } });
	setIcon(button, icon);
	button.addEventListener("click", onClick);
}
