/**
 * A fixed clock for the adapter tests. Only `Date` is faked: the fake app's
 * background work runs on real timers, so faking those would stall it.
 */
import { afterEach, beforeEach, vi } from "vitest";

/** Fakes Date for each case of the file, at `at` when given, and undoes it and any spies after. */
export function useFixedClock(at?: Date | number | string): void {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ["Date"] });
		if (at !== undefined) vi.setSystemTime(new Date(at));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});
}

/** Moves the clock to a local date-time such as "2026-11-27T09:30:00"; returns it in ms. */
export function setNow(iso: string): number {
	const d = new Date(iso);
	vi.setSystemTime(d);
	return d.getTime();
}
