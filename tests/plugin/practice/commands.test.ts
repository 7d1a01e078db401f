import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFakeApp, flush, loadPlugin, notices, openModals } from "../../fake/obsidian/index";
import JustInTimeLearningPlugin from "../../../src/main";
import { challenge, PLUGIN_ID, setNow, setup } from "./harness";

beforeEach(() => {
	vi.useFakeTimers({ toFake: ["Date"] });
	setNow("2026-11-27T09:00:00");
});
afterEach(() => {
	vi.useRealTimers();
});

describe("the practice commands", () => {
	it("have the contract's ids and names and no default hotkeys", async () => {
		const h = await setup({ "Rust.md": challenge() });
		const mine = ["start-practice", "stop-practice", "log-practice"].map((id) => h.app.commands.findCommand(`${PLUGIN_ID}:${id}`));
		expect(mine.map((c) => c?.name)).toEqual([
			"Just-in-Time Learning: Start practice session",
			"Just-in-Time Learning: Stop practice session",
			"Just-in-Time Learning: Log practice",
		]);
		expect(mine.every((c) => c?.hotkeys === undefined)).toBe(true);
	});

	it("wait for the index when run before it is built, then act", async () => {
		const app = createFakeApp({ "Rust.md": challenge() }, { layoutReady: false });
		const plugin = await loadPlugin(JustInTimeLearningPlugin, app, { id: PLUGIN_ID, name: "Just-in-Time Learning" });
		expect(plugin.context.isReady).toBe(false);
		expect(app.commands.isAvailable(`${PLUGIN_ID}:log-practice`)).toBe(true);
		expect(app.commands.executeCommandById(`${PLUGIN_ID}:log-practice`)).toBe(true);
		expect(app.commands.executeCommandById(`${PLUGIN_ID}:start-practice`)).toBe(true);
		expect(openModals).toHaveLength(0);
		app.workspace.triggerLayoutReady();
		await plugin.context.whenReady();
		await flush();
		expect(openModals).toHaveLength(1);
		expect(plugin.context.settings.runningSession?.challengePath).toBe("Rust.md");
	});

	it("say there is no current challenge when it is gone by the time the index is ready", async () => {
		const app = createFakeApp({ "Rust.md": challenge({ status: "active" }) }, { layoutReady: false });
		await loadPlugin(JustInTimeLearningPlugin, app, { id: PLUGIN_ID, name: "Just-in-Time Learning" });
		app.commands.executeCommandById(`${PLUGIN_ID}:start-practice`);
		app.workspace.triggerLayoutReady();
		await flush();
		expect(notices.at(-1)?.text).toMatch(/no current challenge/);
	});
});
