/**
 * What the practice fault cases share: a challenge with a log, the expected
 * log line and properties after a write, and the log form driven as a user
 * would (type the minutes, press Log).
 */
import { expect } from "vitest";
import { openLogPractice } from "../../../src/features/practice/logPractice";
import { t } from "../../../src/i18n/t";
import { buttonNamed, lastModal, type } from "../dom";
import type { Harness } from "../harness";
import { body, challengeNote, props } from "../notes";

export const P = "Rust.md";
export const EARLIER = "- 2026-11-26 · 20 min\n";
export const NOTE = challengeNote("current", `# Rust\n\n## Practice log\n${EARLIER}\n## Notes\nOwnership.\n`);

/**
 * The note gained `lines` after the last log entry of `before` (or after
 * `anchor`), and its practice properties were set to `total` and `last`.
 */
export function logged(lines: string[], total: number, last = "2026-11-27", anchor = EARLIER) {
	return (before: string, after: string) => {
		expect(body(after)).toBe(body(before).replace(anchor, `${anchor}${lines.map((l) => `${l}\n`).join("")}`));
		expect(props(after)).toEqual({ ...props(before), practice_minutes: total, last_practiced: last });
	};
}

/** Opens the log form on the current challenge; `submit` types the minutes and presses Log. */
export function openLogForm(h: Harness): { submit(minutes: string): Promise<void> } {
	openLogPractice(h.ctx);
	const modal = lastModal();
	return {
		async submit(minutes) {
			const input = modal.contentEl.querySelector("input");
			if (!input) throw new Error("no minutes field");
			type(input, minutes);
			buttonNamed(modal.contentEl, t("practice.modal.submit")).click();
			await h.settle();
		},
	};
}
