import { describe, expect, it } from "vitest";
import { openModals } from "../../fake/obsidian/index";
import { setNow, useFixedClock } from "../clock";
import { buttonNamed, clickButton, lastModal } from "../dom";
import { loadPlugin } from "../harness";
import { body } from "../notes";
import { challenge, logLines, runAt, statusBar } from "./session";

const RUST = "Rust.md";

useFixedClock();

async function started(files: Record<string, string>, at: string) {
	const h = await loadPlugin({ files });
	await runAt(h, "start-practice", at);
	return h;
}

describe("stop-practice", () => {
	it("writes one line under the log heading, created at the end of the note when missing", async () => {
		const h = await started({ [RUST]: challenge({ body: "Notes.\n" }) }, "2026-11-27T09:30:00");
		await runAt(h, "stop-practice", "2026-11-27T10:00:00");
		expect(body(h.read(RUST))).toBe("# Challenge\n\nNotes.\n\n## Practice log\n- 2026-11-27 09:30 · 30 min\n");
		expect(h.noticeTexts().at(-1)).toBe("Logged 30 min in “Rust”.");
		expect(h.isAvailable("stop-practice")).toBe(false);
	});

	it("appends under an existing log, after its last entry, with the configured heading", async () => {
		const log = "### Übungen\n- 2026-11-26 · 20 min · scales\n\n## Next\ntext\n";
		const h = await loadPlugin({ files: { [RUST]: challenge({ body: log }) }, settings: { practiceLogHeading: "Übungen" } });
		await runAt(h, "start-practice", "2026-11-27T07:05:00");
		await runAt(h, "stop-practice", "2026-11-27T07:50:00");
		expect(body(h.read(RUST))).toBe("# Challenge\n\n### Übungen\n- 2026-11-26 · 20 min · scales\n- 2026-11-27 07:05 · 45 min\n\n## Next\ntext\n");
	});

	it("logs a session across midnight on the day it started", async () => {
		const h = await started({ [RUST]: challenge() }, "2026-12-31T23:40:00");
		await runAt(h, "stop-practice", "2027-01-01T00:25:00");
		expect(logLines(h.read(RUST))).toEqual(["- 2026-12-31 23:40 · 45 min"]);
		expect(h.read(RUST)).toContain("last_practiced: 2026-12-31");
	});

	it("counts real elapsed time across a DST change (Berlin, spring forward)", async () => {
		const h = await started({ [RUST]: challenge() }, "2026-03-29T01:30:00");
		// 01:30 CET to 03:30 CEST is one hour.
		await runAt(h, "stop-practice", "2026-03-29T03:30:00");
		expect(logLines(h.read(RUST))).toEqual(["- 2026-03-29 01:30 · 60 min"]);
	});

	it("logs on the challenge the session started on, even after another became current", async () => {
		const go = "Go.md";
		const h = await started({ [RUST]: challenge(), [go]: challenge({ status: "active" }) }, "2026-11-27T09:00:00");
		await h.app.vault.process(h.app.vault.getFileByPath(RUST)!, (t) => t.replace("status: current", "status: active"));
		await h.app.vault.process(h.app.vault.getFileByPath(go)!, (t) => t.replace("status: active", "status: current"));
		await h.settle();
		expect(h.ctx.index.current().chosen?.record.path).toBe(go);
		await runAt(h, "stop-practice", "2026-11-27T09:20:00");
		expect(logLines(h.read(RUST))).toEqual(["- 2026-11-27 09:00 · 20 min"]);
		expect(logLines(h.read(go))).toEqual([]);
	});

	it("follows the challenge when it is renamed or its folder moves while the session runs", async () => {
		const h = await started({ "Learn/Rust.md": challenge() }, "2026-11-27T09:00:00");
		await h.app.fileManager.renameFile(h.app.vault.getFileByPath("Learn/Rust.md")!, "Learn/Rust lang.md");
		await h.settle();
		expect(h.savedData()?.runningSession?.challengePath).toBe("Learn/Rust lang.md");
		await h.app.fileManager.renameFile(h.app.vault.getFolderByPath("Learn")!, "Study");
		await h.settle();
		expect(h.savedData()?.runningSession?.challengePath).toBe("Study/Rust lang.md");
		await runAt(h, "stop-practice", "2026-11-27T09:10:00");
		expect(logLines(h.read("Study/Rust lang.md"))).toEqual(["- 2026-11-27 09:00 · 10 min"]);
	});

	it("ignores renames of other notes", async () => {
		const h = await started({ [RUST]: challenge(), "Other.md": "x" }, "2026-11-27T09:00:00");
		await h.app.fileManager.renameFile(h.app.vault.getFileByPath("Other.md")!, "Moved.md");
		await h.settle();
		expect(h.savedData()?.runningSession?.challengePath).toBe(RUST);
	});

	it("when the challenge was deleted, gives the user the line to keep and clears the session", async () => {
		const h = await started({ [RUST]: challenge() }, "2026-11-27T09:00:00");
		await h.app.vault.delete(h.app.vault.getFileByPath(RUST)!);
		await h.settle();
		await runAt(h, "stop-practice", "2026-11-27T09:35:00");
		const last = h.noticeTexts().at(-1) ?? "";
		expect(last).toContain("- 2026-11-27 09:00 · 35 min");
		expect(h.app.vault.getFileByPath(RUST)).toBeNull();
		expect(h.savedData()?.runningSession).toBeNull();
	});

	it("logs once when stop is triggered twice in a row", async () => {
		const h = await started({ [RUST]: challenge() }, "2026-11-27T09:00:00");
		setNow("2026-11-27T09:30:00");
		h.runCommand("stop-practice");
		statusBar(h).click();
		await h.settle();
		expect(logLines(h.read(RUST))).toHaveLength(1);
	});
});

describe("a session under one minute", () => {
	async function shortSession() {
		const h = await started({ [RUST]: challenge() }, "2026-11-27T09:00:00");
		await runAt(h, "stop-practice", "2026-11-27T09:00:40");
		return h;
	}

	it("asks first, and Log anyway writes one minute", async () => {
		const h = await shortSession();
		expect(lastModal().contentEl.textContent).toContain("40 seconds");
		expect(logLines(h.read(RUST))).toEqual([]);
		clickButton(lastModal(), "Log anyway");
		await h.settle();
		expect(logLines(h.read(RUST))).toEqual(["- 2026-11-27 09:00 · 1 min"]);
		expect(h.ctx.settings.runningSession).toBeNull();
	});

	it("Discard writes nothing and ends the session", async () => {
		const h = await shortSession();
		const before = h.read(RUST);
		clickButton(lastModal(), "Discard");
		await h.settle();
		expect(h.read(RUST)).toBe(before);
		expect(h.savedData()?.runningSession).toBeNull();
		expect(h.noticeTexts().at(-1)).toMatch(/discarded/);
	});

	it("closing the dialog keeps the timer running", async () => {
		const h = await shortSession();
		const before = h.read(RUST);
		lastModal().close();
		await h.settle();
		expect(h.read(RUST)).toBe(before);
		expect(h.ctx.settings.runningSession).not.toBeNull();
		expect(statusBar(h).classList.contains("jitl-hidden")).toBe(false);
	});
});

describe("a session longer than a day (a forgotten timer)", () => {
	it("opens the log form pre-filled, refuses the raw minutes and logs what the user corrects", async () => {
		const h = await started({ [RUST]: challenge() }, "2026-11-25T09:00:00");
		await runAt(h, "stop-practice", "2026-11-27T10:00:00");
		expect(openModals).toHaveLength(1);
		const el = lastModal().contentEl;
		const minutes = el.querySelectorAll("input")[0];
		expect(minutes.value).toBe("2940");
		expect(el.textContent).toContain("Enter at most 1440 minutes");
		const submit = buttonNamed(el, "Log");
		expect(submit.disabled).toBe(true);
		minutes.value = "90";
		minutes.dispatchEvent(new Event("input"));
		submit.click();
		await h.settle();
		expect(logLines(h.read(RUST))).toEqual(["- 2026-11-25 09:00 · 90 min"]);
		expect(h.ctx.settings.runningSession).toBeNull();
	});

	it("cancelling keeps the session", async () => {
		const h = await started({ [RUST]: challenge() }, "2026-11-25T09:00:00");
		await runAt(h, "stop-practice", "2026-11-27T10:00:00");
		lastModal().close();
		await h.settle();
		expect(h.ctx.settings.runningSession).not.toBeNull();
		expect(logLines(h.read(RUST))).toEqual([]);
	});
});
