import { formatter } from "../../../i18n/t";

/**
 * How long ago, in the user's language ("today", "3 days ago", "2 months
 * ago"): a parked note's age matters roughly, not to the day once it is old.
 */
export function relativeAge(days: number): string {
	const format = formatter("r", (l) => new Intl.RelativeTimeFormat(l, { numeric: "auto" }));
	const d = Math.max(0, Math.floor(days));
	if (d < 14) return format.format(-d, "day");
	if (d < 60) return format.format(-Math.floor(d / 7), "week");
	if (d < 730) return format.format(-Math.floor(d / 30), "month");
	return format.format(-Math.floor(d / 365), "year");
}
