import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type TranslationKey } from "../../src/i18n/locales";
import { setLocale, t } from "../../src/i18n/t";
import { loadPlugin } from "../plugin/harness";
import { buildMainJs } from "./buildMainJs";
import { loadBuiltPlugin, type LoadedPlugin } from "./loadBuiltPlugin";

/**
 * The production main.js rewrites translation keys, packs the strings and
 * reads obsidian's exports once (scripts/i18n-short-keys.mjs,
 * scripts/obsidian-once.mjs). These tests run the built file and compare what
 * the user sees with what the source says.
 */

/** Each command of the contract and the key of its name. */
const COMMAND_NAMES: Record<string, TranslationKey> = {
	"set-current-challenge": "challenge.command.setCurrent",
	"complete-challenge": "challenge.command.complete",
	"add-action-item": "challenge.command.addItem",
	"park-idea": "parking.command.park-idea",
	"park-note": "parking.command.park-note",
	"unpark-note": "parking.command.unpark-note",
	"start-practice": "practice.command.start",
	"stop-practice": "practice.command.stop",
	"log-practice": "practice.command.log",
	"open-sidebar": "command.open-sidebar",
};

type BuiltPlugin = InstanceType<LoadedPlugin["PluginClass"]> & { context: { whenReady(): Promise<void> } };

let source = "";
const opened: LoadedPlugin[] = [];

beforeAll(() => {
	source = readFileSync(buildMainJs(), "utf8");
}, 120_000);

afterEach(async () => {
	for (const l of opened.splice(0)) await l.close();
	setLocale("en");
});

async function loadBuilt(language: string): Promise<{ loaded: LoadedPlugin; plugin: BuiltPlugin }> {
	const loaded = loadBuiltPlugin(source, { language });
	opened.push(loaded);
	const plugin = new loaded.PluginClass(loaded.app, { id: "just-in-time-learning" }) as BuiltPlugin;
	await plugin.onload();
	for (const cb of loaded.app.layoutReady) cb();
	await plugin.context.whenReady();
	return { loaded, plugin };
}

describe("built main.js", () => {
	it("asks for obsidian once, runs in strict mode and hands Obsidian the plugin class as the default export", () => {
		expect(source.match(/require\("obsidian"\)/g)).toHaveLength(1);
		expect(source.startsWith('"use strict";')).toBe(true);
		expect(source).toMatch(/Object\.defineProperty\(exports,"__esModule",\{value:!0\}\);exports\.default=[\w$]+;\s*$/);
	});

	it.each(["en", "zh"] as const)("names every command in %s as the source does", async (language) => {
		const { loaded, plugin } = await loadBuilt(language);
		setLocale(language);
		const names = Object.fromEntries(loaded.stub.record.commands.map((c) => [c.id, c.name]));
		expect(names).toEqual(Object.fromEntries(Object.entries(COMMAND_NAMES).map(([id, key]) => [id, t(key)])));
		if (language === "zh") expect(names["open-sidebar"]).toMatch(/\p{Script=Han}/u);
		plugin.unload();
	});

	it.each(["en", "zh"] as const)("draws the same sidebar in %s as the source, on an empty vault", async (language) => {
		const { loaded, plugin } = await loadBuilt(language);
		const factory = loaded.stub.record.views.get("jit-learning-sidebar")!;
		const built = factory({ app: loaded.app }) as { onOpen(): Promise<void>; contentEl: HTMLElement; getDisplayText(): string };
		await built.onOpen();

		const h = await loadPlugin({ language });
		const view = await h.openSidebar();
		view.render();
		expect(built.getDisplayText()).toBe(view.getDisplayText());
		const titles = (el: HTMLElement) => [...el.querySelectorAll(".jitl-part-title")].map((e) => e.textContent);
		expect(titles(built.contentEl)).toEqual(titles(view.contentEl));
		expect(built.contentEl.textContent).toBe(view.contentEl.textContent);
		expect(built.contentEl.textContent.length).toBeGreaterThan(100);
		if (language === "zh") expect(built.contentEl.textContent).toMatch(/\p{Script=Han}{4}/u);
		await h.unload();
		plugin.unload();
	});
});
