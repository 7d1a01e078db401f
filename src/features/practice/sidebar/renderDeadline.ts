import { deadlineText } from "../../../view/deadlineText";

/** Days left to the challenge's deadline, or how far past it; nothing without a deadline. */
export function renderDeadline(parent: HTMLElement, daysLeft: number | null): void {
	if (daysLeft === null) return;
	const el = parent.createDiv({ cls: "jitl-practice-deadline", text: deadlineText(daysLeft) });
	el.toggleClass("is-overdue", daysLeft < 0);
	el.toggleClass("is-due-today", daysLeft === 0);
}
