import { t } from "../i18n/t";

/** A deadline as the user thinks of it: days left, due today, or days overdue (challenge and practice parts alike). */
export function deadlineText(daysLeft: number): string {
	if (daysLeft === 0) return t("challenge.view.dueToday");
	if (daysLeft > 0) return t(daysLeft === 1 ? "challenge.view.dayLeft" : "challenge.view.daysLeft", { count: daysLeft });
	const late = -daysLeft;
	return t(late === 1 ? "challenge.view.dayOverdue" : "challenge.view.daysOverdue", { count: late });
}
