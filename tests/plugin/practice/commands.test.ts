import { describe, expect, it } from "vitest";
import { openModals } from "../../fake/obsidian/index";
import { useFixedClock } from "../clock";
import { loadPlugin, PLUGIN_ID } from "../harness";
import { challenge } from "./session";

useFixedClock("2026-11-27T09:00:00");

describe("the practice commands", () => {
	it("have the contract's ids and names and no default hotkeys", async () => {
		const h = await loadPlugin({ files: { "Rust.md": challenge() } });
		const mine = ["start-practice", "stop-practice", "log-practice"].map((id) => h.app.commands.findCommand(`${PLUGIN_ID}:${id}`));
		expect(mine.map((c) => c?.name)).toEqual([
			"Just-in-Time Learning: Start practice session",
			"Just-in-Time Learning: Stop practice session",
			"Just-in-Time Learning: Log practice",
		]);
		expect(mine.every((c) => c?.hotkeys === undefined)).toBe(true);
	});

	it("wait for the index when run before it is built, then act", async () => {
		const h = await loadPlugin({ files: { "Rust.md": challenge() }, layoutReady: false });
		expect(h.ctx.isReady).toBe(false);
		expect(h.isAvailable("log-practice")).toBe(true);
		expect(h.runCommand("log-practice")).toBe(true);
		expect(h.runCommand("start-practice")).toBe(true);
		expect(openModals).toHaveLength(0);
		h.app.workspace.triggerLayoutReady();
		await h.ctx.whenReady();
		await h.flush();
		expect(openModals).toHaveLength(1);
		expect(h.ctx.settings.runningSession?.challengePath).toBe("Rust.md");
	});

	it("say there is no current challenge when it is gone by the time the index is ready", async () => {
		const h = await loadPlugin({ files: { "Rust.md": challenge({ status: "active" }) }, layoutReady: false });
		h.runCommand("start-practice");
		h.app.workspace.triggerLayoutReady();
		await h.flush();
		expect(h.notices.at(-1)?.text).toMatch(/no current challenge/);
	});
});
