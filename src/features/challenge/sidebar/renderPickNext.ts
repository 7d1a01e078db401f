import type { SidebarModel } from "../../../core/model/types";
import { t } from "../../../i18n/t";
import { button, div, emptyState, opensNote } from "../../../view/dom";
import type { PartContext } from "../../../view/PartContext";
import { setCurrentChallenge } from "../setCurrentChallenge";
import { deadlineText } from "../../../view/deadlineText";

/**
 * No current challenge: say how to set one and, when the vault has active
 * challenges (say, right after finishing one), offer them as the next.
 */
export function renderPickNext(body: HTMLElement, model: SidebarModel, v: PartContext): void {
	const active = model.otherChallenges.filter((c) => c.status !== "done");
	const hint = active.length > 0 ? t("challenge.view.pickHint") : t("challenge.view.noneHint", { tag: v.ctx.settings.challengeTag });
	emptyState(body, t("challenge.view.none"), hint);
	if (active.length === 0) return;
	div(body, "jitl-subheading", t("challenge.view.pickNext"));
	const list = div(body, "jitl-pick-next");
	for (const c of active) {
		const row = div(list, "jitl-pick-row");
		opensNote(div(row, "jitl-pick-title", c.title), t("challenge.view.open", { title: c.title }), v, c.path);
		if (c.daysLeft !== null) div(row, ["jitl-pick-deadline", ...(c.daysLeft < 0 ? ["is-overdue"] : [])], deadlineText(c.daysLeft));
		button(row, "jitl-pick-set", t("challenge.view.setCurrent"), () => void setCurrentChallenge(v.ctx, c.path), {
			"aria-label": t("challenge.view.setCurrentLabel", { title: c.title }),
		});
	}
}
