import { deadlineText } from "../../../view/deadlineText";
import { div } from "../../../view/dom";

/** Days left to the challenge's deadline, or how far past it; nothing without a deadline. */
export function renderDeadline(parent: HTMLElement, daysLeft: number | null): void {
	if (daysLeft === null) return;
	const state = daysLeft < 0 ? ["is-overdue"] : daysLeft === 0 ? ["is-due-today"] : [];
	div(parent, ["jitl-practice-deadline", ...state], deadlineText(daysLeft));
}
