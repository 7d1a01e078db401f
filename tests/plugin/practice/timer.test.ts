import { describe, expect, it, vi } from "vitest";
import { setNow, useFixedClock } from "../clock";
import { press } from "../dom";
import { loadPlugin } from "../harness";
import { challenge, logLines, runAt, statusBar } from "./session";

const RUST = "Rust.md";

useFixedClock();

describe("starting a session", () => {
	it("saves the start time and challenge to data.json at once and shows the status bar", async () => {
		const h = await loadPlugin({ files: { [RUST]: challenge() } });
		expect(statusBar(h).classList.contains("jitl-hidden")).toBe(true);
		const startedAt = setNow("2026-11-27T09:30:00");
		expect(h.runCommand("start-practice")).toBe(true);
		await h.settle();
		expect(h.savedData()?.runningSession).toEqual({ challengePath: RUST, startedAt });
		const bar = statusBar(h);
		expect(bar.classList.contains("jitl-hidden")).toBe(false);
		expect(bar.textContent).toBe("0:00");
		expect(bar.getAttribute("aria-label")).toContain("Rust");
		expect(bar.getAttribute("role")).toBe("button");
	});

	it("refuses a second start and says a session is running", async () => {
		const h = await loadPlugin({ files: { [RUST]: challenge(), "Go.md": challenge({ status: "active" }) } });
		const startedAt = await runAt(h, "start-practice", "2026-11-27T09:30:00");
		setNow("2026-11-27T09:42:00");
		expect(h.isAvailable("start-practice")).toBe(true);
		h.runCommand("start-practice");
		await h.settle();
		expect(h.noticeTexts().at(-1)).toMatch(/already running on “Rust” \(12 min/);
		expect(h.ctx.settings.runningSession?.startedAt).toBe(startedAt);
	});

	it("is not offered without a current challenge, nor is logging", async () => {
		const h = await loadPlugin({ files: { [RUST]: challenge({ status: "active" }) } });
		expect(h.isAvailable("start-practice")).toBe(false);
		expect(h.isAvailable("log-practice")).toBe(false);
		expect(h.isAvailable("stop-practice")).toBe(false);
	});
});

describe("the status bar", () => {
	it("ticks every second while running and stops the session when clicked", async () => {
		vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
		const h = await loadPlugin({ files: { [RUST]: challenge() } });
		await runAt(h, "start-practice", "2026-11-27T09:30:00");
		vi.advanceTimersByTime(65_000);
		expect(statusBar(h).textContent).toBe("1:05");
		vi.advanceTimersByTime(3_600_000);
		expect(statusBar(h).textContent).toBe("1:01:05");
		statusBar(h).click();
		await h.settle();
		expect(logLines(h.read(RUST))).toEqual(["- 2026-11-27 09:30 · 61 min"]);
		expect(statusBar(h).classList.contains("jitl-hidden")).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
	});

	it("stops on Enter for keyboard users", async () => {
		const h = await loadPlugin({ files: { [RUST]: challenge() } });
		await runAt(h, "start-practice", "2026-11-27T09:30:00");
		setNow("2026-11-27T09:45:00");
		press(statusBar(h), "Enter");
		await h.settle();
		expect(logLines(h.read(RUST))).toEqual(["- 2026-11-27 09:30 · 15 min"]);
	});
});

describe("surviving reloads and crashes", () => {
	it("shows a running session again after the plugin is unloaded and loaded, and stop logs it", async () => {
		const h = await loadPlugin({ files: { [RUST]: challenge() } });
		const startedAt = await runAt(h, "start-practice", "2026-11-27T09:30:00");
		await h.reload();
		expect(h.ctx.settings.runningSession).toEqual({ challengePath: RUST, startedAt });
		expect(statusBar(h).classList.contains("jitl-hidden")).toBe(false);
		setNow("2026-11-27T10:10:00");
		expect(h.isAvailable("stop-practice")).toBe(true);
		h.runCommand("stop-practice");
		await h.settle();
		expect(logLines(h.read(RUST))).toEqual(["- 2026-11-27 09:30 · 40 min"]);
		expect(h.savedData()?.runningSession).toBeNull();
		await h.reload();
		expect(statusBar(h).classList.contains("jitl-hidden")).toBe(true);
	});

	it("picks up a session from data.json written before a crash (never unloaded)", async () => {
		const startedAt = new Date("2026-11-27T08:00:00").getTime();
		const h = await loadPlugin({ files: { [RUST]: challenge() }, settings: { runningSession: { challengePath: RUST, startedAt } } });
		setNow("2026-11-27T08:25:00");
		expect(statusBar(h).classList.contains("jitl-hidden")).toBe(false);
		h.runCommand("stop-practice");
		await h.settle();
		expect(logLines(h.read(RUST))).toEqual(["- 2026-11-27 08:00 · 25 min"]);
	});

	it("leaves no status bar item behind after unload", async () => {
		const h = await loadPlugin({ files: { [RUST]: challenge() } });
		await h.reload();
		expect(h.app.statusBarEl.querySelectorAll(".jitl-practice-status")).toHaveLength(1);
	});
});
