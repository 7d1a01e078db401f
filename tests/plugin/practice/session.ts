/**
 * What the practice tests share: a challenge note with a body, its log lines,
 * the status bar item, and a session started and stopped at given times.
 */
import { setNow } from "../clock";
import type { Harness } from "../harness";
import { challengeNote } from "../notes";

/** A challenge note; `body` goes after a "# Challenge" heading, `extra` among the properties. */
export function challenge(opts: { status?: string; extra?: string; body?: string } = {}): string {
	return challengeNote(opts.status, `# Challenge\n\n${opts.body ?? ""}`, opts.extra);
}

/** Log lines (list items that start with a day) of a note, in order. */
export function logLines(text: string): string[] {
	return text.split("\n").filter((l) => /^- \d{4}-/.test(l));
}

/** The practice status bar item of the loaded plugin (exactly one). */
export function statusBar(h: Harness): HTMLElement {
	const items = [...h.app.statusBarEl.querySelectorAll<HTMLElement>(".jitl-practice-status")];
	if (items.length !== 1) throw new Error(`expected one practice status bar item, found ${items.length}`);
	return items[0];
}

/** Runs start-practice (or stop-practice) at this local time and settles; returns that time in ms. */
export async function runAt(h: Harness, id: "start-practice" | "stop-practice", iso: string): Promise<number> {
	const at = setNow(iso);
	h.runCommand(id);
	await h.settle();
	return at;
}
