/**
 * Loads the real plugin into a fresh fake app, the way Obsidian would: data.json
 * from the config folder, onload, then layout-ready and the first index build.
 */
import { TFile } from "obsidian";
// The fake's test helpers are not part of Obsidian's API, so they are imported from the fake itself
// (the same module instance that `obsidian` resolves to in tests).
import { type FakeApp, type FakeFiles, clearNotices, createFakeApp, flush, loadPlugin as fakeLoadPlugin, notices, unloadPlugin } from "../fake/obsidian/index";
import manifest from "../../manifest.json";
import type { JitlSettings } from "../../src/core/settings";
import JustInTimeLearningPlugin from "../../src/main";
import { setLocale } from "../../src/i18n/t";
import type { JitlContext } from "../../src/obsidian/JitlContext";
import { SidebarView, VIEW_TYPE } from "../../src/view/SidebarView";

export interface HarnessOptions {
	files?: FakeFiles;
	settings?: Partial<JitlSettings>;
	language?: "en" | "zh";
	/** False to hold the layout-ready event (to test commands issued before the index exists). */
	layoutReady?: boolean;
	/** Reuse an app (to reload the plugin on the same vault and data.json). */
	app?: FakeApp;
}

export interface Harness {
	app: FakeApp;
	plugin: JustInTimeLearningPlugin;
	ctx: JitlContext;
	notices: typeof notices;
	flush: typeof flush;
	/** Runs a command by its id without the plugin prefix; false when unavailable. */
	runCommand(id: string): boolean;
	isAvailable(id: string): boolean;
	/** Reads a note's current bytes. */
	read(path: string): Promise<string>;
	/** Opens a note in the active leaf (so editor commands and "active note" commands apply). */
	open(path: string): Promise<void>;
	/** Opens the sidebar and returns its view. */
	openSidebar(): Promise<SidebarView>;
	/** The open sidebar view, if any. */
	view(): SidebarView | null;
	/** Unloads the plugin (as on disable or app quit). */
	unload(): Promise<void>;
}

export const DATA_PATH = (app: FakeApp) => `${app.vault.configDir}/plugins/${manifest.id}/data.json`;

export async function loadPlugin(opts: HarnessOptions = {}): Promise<Harness> {
	clearNotices();
	const app = opts.app ?? createFakeApp(opts.files ?? {}, { language: opts.language ?? "en", layoutReady: opts.layoutReady ?? true });
	setLocale(opts.language ?? "en");
	if (opts.settings) {
		const adapter = app.vault.adapter as unknown as { mkdirSync(p: string): void; writeSync(p: string, d: string): void };
		const path = DATA_PATH(app);
		adapter.mkdirSync(path.slice(0, path.lastIndexOf("/")));
		adapter.writeSync(path, JSON.stringify(opts.settings));
	}
	const plugin = await fakeLoadPlugin(JustInTimeLearningPlugin, app, manifest);
	const ctx = plugin.context;
	if (opts.layoutReady !== false) {
		await ctx.whenReady();
		await flush();
	}
	const full = (id: string) => `${manifest.id}:${id}`;
	const h: Harness = {
		app,
		plugin,
		ctx,
		notices,
		flush,
		runCommand: (id) => app.commands.executeCommandById(full(id)),
		isAvailable: (id) => app.commands.isAvailable(full(id)),
		read: async (path) => {
			const f = app.vault.getAbstractFileByPath(path);
			if (!(f instanceof TFile)) throw new Error(`no file ${path}`);
			return app.vault.read(f);
		},
		open: async (path) => {
			const f = app.vault.getAbstractFileByPath(path);
			if (!(f instanceof TFile)) throw new Error(`no file ${path}`);
			await app.workspace.getLeaf(false).openFile(f);
			await flush();
		},
		openSidebar: async () => {
			await ctx.openSidebar();
			await flush();
			const v = h.view();
			if (!v) throw new Error("sidebar did not open");
			return v;
		},
		view: () => {
			const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
			return leaf && leaf.view instanceof SidebarView ? leaf.view : null;
		},
		unload: async () => {
			await ctx.writes.idle();
			await unloadPlugin(plugin);
		},
	};
	return h;
}

/** Waits for pending writes, metadata updates and the sidebar's debounced re-render. */
export async function settle(h: Harness): Promise<void> {
	await h.ctx.writes.idle();
	await flush();
	h.view()?.render();
}
