import { t } from "../../../i18n/t";
import { plural } from "./plural";

/** Days left to the challenge's deadline, or how far past it; nothing without a deadline. */
export function renderDeadline(parent: HTMLElement, daysLeft: number | null): void {
	if (daysLeft === null) return;
	const text =
		daysLeft > 0
			? plural(daysLeft, "practice.deadline.left.one", "practice.deadline.left.other")
			: daysLeft === 0
				? t("practice.deadline.today")
				: plural(-daysLeft, "practice.deadline.overdue.one", "practice.deadline.overdue.other");
	const el = parent.createDiv({ cls: "jitl-practice-deadline", text });
	el.toggleClass("is-overdue", daysLeft < 0);
	el.toggleClass("is-due-today", daysLeft === 0);
}
