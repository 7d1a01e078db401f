/** Calendar-day arithmetic on `YYYY-MM-DD` strings, in UTC so the vault does not depend on the machine's zone. */

export function addDaysTo(day: string, n: number): string {
	const [y, m, d] = day.split("-").map(Number);
	return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Noon UTC of the day, epoch ms: a stable mtime base. */
export function noonOf(day: string): number {
	const [y, m, d] = day.split("-").map(Number);
	return Date.UTC(y, m - 1, d, 12);
}
