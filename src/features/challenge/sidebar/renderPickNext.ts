import type { SidebarModel } from "../../../core/model/types";
import { t } from "../../../i18n/t";
import { emptyState, makeActivatable } from "../../../view/dom";
import type { PartContext } from "../../../view/PartContext";
import { setCurrentChallenge } from "../setCurrentChallenge";
import { deadlineText } from "../../../view/deadlineText";
import { wantsNewTab } from "./openTarget";

/**
 * No current challenge: say how to set one and, when the vault has active
 * challenges (say, right after finishing one), offer them as the next.
 */
export function renderPickNext(body: HTMLElement, model: SidebarModel, v: PartContext): void {
	const active = model.otherChallenges.filter((c) => c.status !== "done");
	const hint = active.length > 0 ? t("challenge.view.pickHint") : t("challenge.view.noneHint", { tag: v.ctx.settings.challengeTag });
	emptyState(body, t("challenge.view.none"), hint);
	if (active.length === 0) return;
	body.createDiv({ cls: "jitl-subheading", text: t("challenge.view.pickNext") });
	const list = body.createDiv({ cls: "jitl-pick-next" });
	for (const c of active) {
		const row = list.createDiv({ cls: "jitl-pick-row" });
		const title = row.createDiv({ cls: "jitl-pick-title", text: c.title });
		makeActivatable(title, t("challenge.view.open", { title: c.title }), (evt) => void v.openNote(c.path, { newLeaf: wantsNewTab(evt) }));
		if (c.daysLeft !== null) row.createDiv({ cls: ["jitl-pick-deadline", ...(c.daysLeft < 0 ? ["is-overdue"] : [])], text: deadlineText(c.daysLeft) });
		const set = row.createEl("button", {
			cls: "jitl-pick-set",
			text: t("challenge.view.setCurrent"),
			attr: { "aria-label": t("challenge.view.setCurrentLabel", { title: c.title }) },
		});
		set.addEventListener("click", () => void setCurrentChallenge(v.ctx, c.path));
	}
}
