import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildMainJs, ROOT } from "./buildMainJs";
import { loadBuiltPlugin, type LoadedPlugin } from "./loadBuiltPlugin";

/**
 * Obsidian mobile runs main.js in a WebView: no Node, no Electron. These tests
 * load the production build in a realm with only browser globals and an
 * `obsidian` module, and check that it loads, asks for nothing else, and
 * registers every command of the contract.
 */

const CONTRACT_COMMANDS = [
	"set-current-challenge",
	"complete-challenge",
	"add-action-item",
	"park-idea",
	"park-note",
	"unpark-note",
	"start-practice",
	"stop-practice",
	"log-practice",
	"open-sidebar",
];

/** Node builtins and desktop-only modules a mobile build must never ask for. */
const FORBIDDEN_MODULES = ["fs", "path", "os", "child_process", "crypto", "url", "util", "stream", "events", "electron", "buffer", "module", "worker_threads"];

// 80 KB read strictly: 80,000 bytes, not 80 KiB.
const MAX_BYTES = 80_000;

let source = "";
let mainPath = "";
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { id: string; isDesktopOnly: boolean };
const opened: LoadedPlugin[] = [];

function load(options?: Parameters<typeof loadBuiltPlugin>[1]): LoadedPlugin {
	const loaded = loadBuiltPlugin(source, options);
	opened.push(loaded);
	return loaded;
}

beforeAll(() => {
	mainPath = buildMainJs();
	source = readFileSync(mainPath, "utf8");
}, 120_000);

afterEach(async () => {
	for (const l of opened.splice(0)) await l.close();
});

describe("built main.js on a mobile-like runtime", () => {
	it("is declared usable on mobile", () => {
		expect(manifest.isDesktopOnly).toBe(false);
	});

	it("is smaller than 80 KB", () => {
		const bytes = statSync(mainPath).size;
		expect(bytes, `main.js is ${bytes} bytes; \`node bench/bundleBreakdown.mjs\` lists what it is made of`).toBeLessThan(MAX_BYTES);
	});

	it("names no Node builtin or Electron module anywhere in the bundle", () => {
		for (const name of FORBIDDEN_MODULES) {
			expect(source, name).not.toMatch(new RegExp(`require\\(\\s*["'\`](node:)?${name}["'\`]\\s*\\)`));
			expect(source, name).not.toMatch(new RegExp(`from\\s*["'\`](node:)?${name}["'\`]`));
		}
		expect(source).not.toMatch(/\bprocess\.(env|platform|versions|cwd)\b/);
		// happy-dom's window carries Node's Buffer, so the realm alone would not catch it.
		expect(source).not.toMatch(/\bBuffer\b/);
	});

	it("loads with only browser globals and requires nothing but obsidian", () => {
		const { requires, PluginClass, stub } = load();
		expect(new Set(requires)).toEqual(new Set(["obsidian"]));
		expect(typeof PluginClass).toBe("function");
		expect(PluginClass.prototype).toBeInstanceOf(stub.module.Plugin as new () => unknown);
	});

	it("offers no Node global inside the realm it runs in (so the check above means something)", () => {
		const { realm } = load();
		for (const name of ["process", "require", "module", "Buffer", "global", "__dirname"]) expect(realm[name], name).toBeUndefined();
	});

	it("fails loudly when the bundle asks for a Node builtin", () => {
		expect(() => loadBuiltPlugin('require("fs");')).toThrow(/requires "fs"/);
		expect(() => loadBuiltPlugin("process.cwd();")).toThrow(/process is not defined/);
	});

	it("runs onload and registers every command of the contract, the view and the settings tab", async () => {
		const loaded = load();
		const plugin = new loaded.PluginClass(loaded.app, manifest);
		await plugin.onload();
		const { record } = loaded.stub;
		expect(record.commands.map((c) => c.id).sort()).toEqual([...CONTRACT_COMMANDS].sort());
		for (const c of record.commands) {
			expect(c.name, c.id).toMatch(/^[A-Z][^A-Z]*$/u);
			expect(c.hotkeys, c.id).toBeUndefined();
		}
		expect([...record.views.keys()]).toEqual(["jit-learning-sidebar"]);
		expect(record.settingTabs).toHaveLength(1);
		expect(record.ribbonIcons).toHaveLength(1);
		expect(loaded.app.layoutReady).toHaveLength(1);
		plugin.unload();
	});

	it("builds its index once the layout is ready, on an empty vault", async () => {
		const loaded = load();
		const plugin = new loaded.PluginClass(loaded.app, manifest) as InstanceType<LoadedPlugin["PluginClass"]> & {
			context: { whenReady(): Promise<void>; isReady: boolean; index: { size: number } };
		};
		await plugin.onload();
		expect(plugin.context.isReady).toBe(false);
		for (const cb of loaded.app.layoutReady) cb();
		await plugin.context.whenReady();
		expect(plugin.context.isReady).toBe(true);
		expect(plugin.context.index.size).toBe(0);
		expect(loaded.app.metadataCache.listenerCount("changed")).toBeGreaterThan(0);
		plugin.unload();
		expect(loaded.app.metadataCache.listenerCount("changed")).toBe(0);
	});

	it("loads in Chinese too", async () => {
		const loaded = load({ language: "zh" });
		const plugin = new loaded.PluginClass(loaded.app, manifest);
		await plugin.onload();
		const open = loaded.stub.record.commands.find((c) => c.id === "open-sidebar");
		expect(open?.name).toMatch(/\p{Script=Han}/u);
		plugin.unload();
	});
});
