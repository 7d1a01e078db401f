/**
 * Loads the real plugin into a fresh fake app, the way Obsidian would: data.json
 * from the config folder, onload, then layout-ready and the first index build.
 * Every adapter test starts here, so the plugin is loaded, settled and driven
 * (commands, notes, the sidebar, a reload) the same way in all of them.
 */
import { MarkdownView, TFile } from "obsidian";
// The fake's test helpers are not part of Obsidian's API, so they are imported from the fake itself
// (the same module instance that `obsidian` resolves to in tests).
import { type FakeApp, type FakeFiles, clearNotices, createFakeApp, flush, loadPlugin as fakeLoadPlugin, notices, unloadPlugin } from "../fake/obsidian/index";
import manifest from "../../manifest.json";
import type { JitlSettings } from "../../src/core/settings";
import JustInTimeLearningPlugin from "../../src/main";
import { setLocale } from "../../src/i18n/t";
import type { JitlContext } from "../../src/obsidian/JitlContext";
import { SidebarView, VIEW_TYPE } from "../../src/view/SidebarView";
import { adapterOf } from "./disk";

/** Command ids are prefixed with it. */
export const PLUGIN_ID = manifest.id;

export interface HarnessOptions {
	files?: FakeFiles;
	/** Written to data.json before the plugin loads, so they pass the same checks as on start-up. */
	settings?: Partial<JitlSettings>;
	language?: "en" | "zh";
	/** False to hold the layout-ready event (to test commands issued before the index exists). */
	layoutReady?: boolean;
	/** Reuse an app (to reload the plugin on the same vault and data.json). */
	app?: FakeApp;
}

export interface Harness {
	app: FakeApp;
	/** The loaded instance; `reload()` replaces it (and `ctx`). */
	plugin: JustInTimeLearningPlugin;
	ctx: JitlContext;
	notices: typeof notices;
	flush: typeof flush;
	/** Waits until queued writes, the writes they chain, and the metadata cache have all settled. */
	settle(): Promise<void>;
	/** Runs a command by its id without the plugin prefix; false when unavailable. */
	runCommand(id: string): boolean;
	isAvailable(id: string): boolean;
	file(path: string): TFile;
	/** A file's bytes on the fake disk, now. */
	read(path: string): string;
	/** data.json as saved on disk (not the plugin's in-memory copy); null before the first save. */
	savedData(): Partial<JitlSettings> | null;
	noticeTexts(): string[];
	/** Opens a note in the main area (a new leaf if asked), makes it active and returns its Markdown view. */
	open(path: string, newLeaf?: boolean): Promise<MarkdownView>;
	/** Opens the note, runs the command on it and settles; false when the command was unavailable. */
	runOn(path: string, id: string): Promise<boolean>;
	/** Opens the sidebar, settles and renders it from the index as it is now. */
	openSidebar(): Promise<SidebarView>;
	/** The open sidebar view, if any. */
	view(): SidebarView | null;
	/** Unloads the plugin and loads a new instance on the same app and disk (as after a restart). */
	reload(): Promise<void>;
	/** Unloads the plugin (as on disable or app quit). */
	unload(): Promise<void>;
}

export const DATA_PATH = (app: FakeApp) => `${app.vault.configDir}/plugins/${manifest.id}/data.json`;

/** What every notice said so far, in order. */
export function noticeTexts(): string[] {
	return notices.map((n) => n.text);
}

let attached: HTMLElement | null = null;

/** Puts the workspace in the page, as Obsidian's is: happy-dom fires `change` and moves focus only on connected elements. */
function attach(app: FakeApp): void {
	if (attached !== app.workspace.containerEl) attached?.remove();
	document.body.appendChild(app.workspace.containerEl);
	attached = app.workspace.containerEl;
}

async function start(app: FakeApp): Promise<JustInTimeLearningPlugin> {
	return fakeLoadPlugin(JustInTimeLearningPlugin, app, manifest);
}

export async function loadPlugin(opts: HarnessOptions = {}): Promise<Harness> {
	clearNotices();
	const app = opts.app ?? createFakeApp(opts.files ?? {}, { language: opts.language ?? "en", layoutReady: opts.layoutReady ?? true });
	setLocale(opts.language ?? "en");
	attach(app);
	if (opts.settings) {
		const path = DATA_PATH(app);
		adapterOf(app).mkdirSync(path.slice(0, path.lastIndexOf("/")));
		adapterOf(app).writeSync(path, JSON.stringify(opts.settings));
	}
	const plugin = await start(app);
	const full = (id: string) => `${PLUGIN_ID}:${id}`;
	const h: Harness = {
		app,
		plugin,
		ctx: plugin.context,
		notices,
		flush,
		settle: async () => {
			for (let i = 0; i < 5; i++) {
				await flush();
				await h.ctx.writes.idle();
			}
		},
		runCommand: (id) => app.commands.executeCommandById(full(id)),
		isAvailable: (id) => app.commands.isAvailable(full(id)),
		file: (path) => {
			const f = app.vault.getAbstractFileByPath(path);
			if (!(f instanceof TFile)) throw new Error(`no file ${path}`);
			return f;
		},
		read: (path) => adapterOf(app).readSync(path),
		savedData: () => {
			const path = DATA_PATH(app);
			return adapterOf(app).allPaths().files.includes(path) ? (JSON.parse(h.read(path)) as Partial<JitlSettings>) : null;
		},
		noticeTexts,
		open: async (path, newLeaf = false) => {
			const leaf = app.workspace.getLeaf(newLeaf);
			await leaf.openFile(h.file(path));
			await flush();
			if (!(leaf.view instanceof MarkdownView)) throw new Error(`no Markdown view for ${path}`);
			return leaf.view;
		},
		runOn: async (path, id) => {
			await h.open(path);
			const ran = h.runCommand(id);
			await h.settle();
			return ran;
		},
		openSidebar: async () => {
			await h.ctx.openSidebar();
			await h.settle();
			const v = h.view();
			if (!v) throw new Error("sidebar did not open");
			v.render();
			return v;
		},
		view: () => {
			const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
			return leaf && leaf.view instanceof SidebarView ? leaf.view : null;
		},
		reload: async () => {
			await h.settle();
			await unloadPlugin(h.plugin);
			h.plugin = await start(app);
			h.ctx = h.plugin.context;
			await h.ctx.whenReady();
			await h.settle();
		},
		unload: async () => {
			await h.ctx.writes.idle();
			await unloadPlugin(h.plugin);
		},
	};
	if (opts.layoutReady !== false) {
		await h.ctx.whenReady();
		await h.settle();
	}
	return h;
}

/** Waits as `h.settle()` does, then re-renders the sidebar (no waiting for its debounce). */
export async function settle(h: Harness): Promise<void> {
	await h.settle();
	h.view()?.render();
}
