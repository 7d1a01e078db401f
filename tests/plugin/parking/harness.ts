/**
 * The parking tests' harness: the real plugin loaded on the fake app, plus
 * helpers to open a note and get its editor, wait for every queued write, and
 * take a byte snapshot of the vault to show that a failure changed nothing.
 * (Self-contained: the fake's test helpers are imported from its own path so
 * tsc sees their types; `obsidian` types only describe the real API.)
 */
import { MarkdownView, type TFile } from "obsidian";
import type { InMemoryAdapter } from "../../fake/obsidian/adapter";
import { createFakeApp, type FakeApp, type FakeFiles, flush, loadPlugin, notices } from "../../fake/obsidian/index";
import type { JitlSettings } from "../../../src/core/settings";
import { setLocale } from "../../../src/i18n/t";
import JustInTimeLearningPlugin from "../../../src/main";
import type { JitlContext } from "../../../src/obsidian/JitlContext";
import { SidebarView, VIEW_TYPE } from "../../../src/view/SidebarView";

const PLUGIN_ID = "just-in-time-learning";

export interface Harness {
	app: FakeApp;
	ctx: JitlContext;
	/** Waits until the fake's background work and every queued plugin write have settled. */
	settle(): Promise<void>;
	/** Opens the note in the main area and returns its Markdown view. */
	open(path: string): Promise<MarkdownView>;
	/** Runs a command by its short id; false when it is not available. */
	run(id: string): boolean;
	available(id: string): boolean;
	file(path: string): TFile;
	read(path: string): string;
	/** Every file's bytes and every folder, outside the config folder. */
	snapshot(): { files: Record<string, string>; folders: string[] };
	noticeTexts(): string[];
	/** Opens the sidebar, rendered from the settled index. */
	sidebar(): Promise<SidebarView>;
}

export async function setup(files: FakeFiles, settings: Partial<JitlSettings> = {}, language: "en" | "zh" = "en"): Promise<Harness> {
	const app = createFakeApp(files, { language });
	setLocale(language);
	// The real Plugin type and the fake's differ only in what tsc sees; at run time they are one class.
	const Loadable = JustInTimeLearningPlugin as unknown as Parameters<typeof loadPlugin>[0];
	const plugin = (await loadPlugin(Loadable, app, { id: PLUGIN_ID, name: "Just-in-Time Learning" })) as unknown as JustInTimeLearningPlugin;
	const ctx = plugin.context;
	const adapter = app.vault.adapter as unknown as InMemoryAdapter;
	await ctx.whenReady();
	if (Object.keys(settings).length > 0) await ctx.updateSettings(settings);
	const settle = async () => {
		for (let i = 0; i < 5; i++) {
			await flush();
			await ctx.writes.idle();
		}
	};
	await settle();
	const h: Harness = {
		app,
		ctx,
		settle,
		async open(path) {
			await app.workspace.setActiveFile(h.file(path));
			const view = app.workspace.getActiveViewOfType(MarkdownView);
			if (!view) throw new Error(`no Markdown view for ${path}`);
			return view;
		},
		run: (id) => app.commands.executeCommandById(`${PLUGIN_ID}:${id}`),
		available: (id) => app.commands.isAvailable(`${PLUGIN_ID}:${id}`),
		file(path) {
			const f = app.vault.getFileByPath(path);
			if (!f) throw new Error(`no file ${path}`);
			return f;
		},
		read: (path) => adapter.readSync(path),
		snapshot() {
			const { files: paths, folders } = adapter.allPaths();
			const config = app.vault.configDir;
			const outside = (p: string) => p !== config && !p.startsWith(`${config}/`);
			const out: Record<string, string> = {};
			for (const p of paths.filter(outside).sort()) out[p] = adapter.readSync(p);
			return { files: out, folders: folders.filter(outside).sort() };
		},
		noticeTexts: () => notices.map((n) => n.text),
		async sidebar() {
			await ctx.openSidebar();
			const view = app.workspace.getLeavesOfType(VIEW_TYPE)[0]?.view;
			if (!(view instanceof SidebarView)) throw new Error("sidebar not open");
			await settle();
			view.render();
			return view;
		},
	};
	return h;
}
