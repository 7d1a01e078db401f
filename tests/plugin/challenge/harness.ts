/**
 * The challenge tests' harness: the real plugin on the fake app, with a settle
 * that waits out chained writes, synchronous reads of a file's bytes, and the
 * sidebar's challenge part rendered on demand. (Self-contained for now: the
 * shared ../harness.ts does not type-check yet.)
 */
import { MarkdownView, type TFile } from "obsidian";
import manifest from "../../../manifest.json";
import type { JitlSettings } from "../../../src/core/settings";
import JustInTimeLearningPlugin from "../../../src/main";
import type { JitlContext } from "../../../src/obsidian/JitlContext";
import { SidebarView, VIEW_TYPE } from "../../../src/view/SidebarView";
import type { InMemoryAdapter } from "../../fake/obsidian/adapter";
import { createFakeApp, type FakeApp, type FakeFiles, flush, loadPlugin, notices } from "../../fake/obsidian/index";

/** Command ids are prefixed with it. */
export const PLUGIN_ID = manifest.id;

export interface Harness {
	app: FakeApp;
	plugin: JustInTimeLearningPlugin;
	ctx: JitlContext;
	/** Waits until the fake's background work and every queued plugin write have settled. */
	settle(): Promise<void>;
	/** Opens the note in the main area and returns its Markdown view. */
	open(path: string): Promise<MarkdownView>;
	run(id: string): boolean;
	available(id: string): boolean;
	file(path: string): TFile;
	/** The file's bytes on the fake disk, now. */
	read(path: string): string;
	noticeTexts(): string[];
	/** Opens the sidebar, renders it now and returns the challenge part's body. */
	part(): Promise<HTMLElement>;
	/** Renders the open sidebar now (no waiting for its debounce). */
	rerender(): HTMLElement;
}

export async function setup(files: FakeFiles, settings: Partial<JitlSettings> = {}, language: "en" | "zh" = "en"): Promise<Harness> {
	const app = createFakeApp(files, { language });
	// happy-dom fires a checkbox's change event only on a connected element, as the real sidebar is.
	document.body.replaceChildren(app.workspace.containerEl);
	const plugin = await loadPlugin(JustInTimeLearningPlugin, app, manifest);
	const ctx = plugin.context;
	await ctx.whenReady();
	if (Object.keys(settings).length > 0) await ctx.updateSettings(settings);
	const settle = async () => {
		for (let i = 0; i < 5; i++) {
			await flush();
			await ctx.writes.idle();
		}
	};
	const view = () => {
		const v = app.workspace.getLeavesOfType(VIEW_TYPE)[0]?.view;
		if (!(v instanceof SidebarView)) throw new Error("sidebar not open");
		return v;
	};
	const h: Harness = {
		app,
		plugin,
		ctx,
		settle,
		async open(path) {
			await app.workspace.setActiveFile(h.file(path));
			const v = app.workspace.getActiveViewOfType(MarkdownView);
			if (!v) throw new Error(`no Markdown view for ${path}`);
			return v;
		},
		run: (id) => app.commands.executeCommandById(`${PLUGIN_ID}:${id}`),
		available: (id) => app.commands.isAvailable(`${PLUGIN_ID}:${id}`),
		file(path) {
			const f = app.vault.getFileByPath(path);
			if (!f) throw new Error(`no file ${path}`);
			return f;
		},
		read: (path) => adapterOf(app).readSync(path),
		noticeTexts: () => notices.map((n) => n.text),
		async part() {
			await ctx.openSidebar();
			await settle();
			return h.rerender();
		},
		rerender() {
			view().render();
			const body = view().contentEl.querySelector<HTMLElement>(".jitl-part-challenge .jitl-part-body");
			if (!body) throw new Error("no challenge part");
			return body;
		},
	};
	await settle();
	return h;
}

/** The fake's in-memory disk, to read a file's bytes as they are now. */
export function adapterOf(app: FakeApp): InMemoryAdapter {
	return app.vault.adapter as unknown as InMemoryAdapter;
}

/** The text after the front matter block: what `processFrontMatter` must leave alone. */
export function bodyOf(text: string): string {
	const m = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
	return m ? text.slice(m[0].length) : text;
}
