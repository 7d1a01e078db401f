import { formatter } from "../../../i18n/t";

/**
 * How long ago, in the user's language (today, 3 days ago, 2 months
 * ago): a parked note's age matters roughly, not to the day once it is old.
 */
export function relativeAge(days: number): string {
	const format = formatter("r", (l) => new Intl.RelativeTimeFormat(l, { numeric: "auto" }));
	const d = Math.max(0, Math.floor(days));
	const [n, unit]: [number, Intl.RelativeTimeFormatUnit] = d < 14 ? [d, "day"] : d < 60 ? [d / 7, "week"] : d < 730 ? [d / 30, "month"] : [d / 365, "year"];
	return format.format(-Math.floor(n), unit);
}
