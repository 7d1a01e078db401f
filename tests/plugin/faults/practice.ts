/**
 * What the practice fault cases share: a challenge with a log, the expected
 * log line and properties after a write, and the log form driven as a user
 * would (type the minutes, press Log).
 */
import { expect } from "vitest";
import { openModals } from "../../fake/obsidian/index";
import { openLogPractice } from "../../../src/features/practice/logPractice";
import { t } from "../../../src/i18n/t";
import type { Harness } from "../harness";
import { body, challengeNote, props, settleAll } from "./setup";

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
	const modal = openModals[openModals.length - 1];
	if (!modal) throw new Error("the log form did not open");
	return {
		async submit(minutes) {
			const input = modal.contentEl.querySelector("input");
			if (!input) throw new Error("no minutes field");
			input.value = minutes;
			input.dispatchEvent(new Event("input", { bubbles: true }));
			const button = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === t("practice.modal.submit"));
			if (!button) throw new Error("no Log button");
			button.click();
			await settleAll(h);
		},
	};
}
