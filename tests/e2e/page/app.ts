/**
 * The browser test page: the real plugin (src/main.ts) on the in-memory
 * Obsidian fake, with the demo vault's notes, laid out like Obsidian's window.
 * Query parameters: lang (en|zh), theme (light|dark), open (a note for the
 * main area), vault (demo|empty), keepData (1 keeps data.json from the last load).
 */
/* global __DEMO_VAULT__ -- the demo notes, defined by tests/e2e/build.mjs */
import { type MarkdownView, TFile } from "obsidian";
import manifest from "../../../manifest.json";
import JustInTimeLearningPlugin from "../../../src/main";
import { VIEW_TYPE } from "../../../src/view/SidebarView";
import { createFakeApp, flush, installDomHelpers, loadPlugin, notices } from "../../fake/obsidian/index";
import { bindEditor, type EditorStandIn } from "./editorStandIn";
import { drawIcons } from "./icons";
import type { JitlPage } from "./jitlPage";
import { mirrorData, restoreData } from "./persist";
import { installTooltips } from "./tooltip";
import { buildChrome } from "./workspaceChrome";

/** A little longer than the view's re-render delay (150 ms). */
const RENDER_WAIT_MS = 220;

const sleep = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function start(): Promise<void> {
	const q = new URLSearchParams(location.search);
	const language = q.get("lang") ?? "en";
	const body = document.body;
	installDomHelpers(window);
	body.removeClass("theme-light", "theme-dark");
	body.addClass(q.get("theme") === "dark" ? "theme-dark" : "theme-light");
	// Obsidian on a phone: the sidebar is a full-width drawer.
	if (window.innerWidth < 600) body.addClass("is-mobile", "is-phone");
	document.documentElement.lang = language;

	const files = q.get("vault") === "empty" ? {} : __DEMO_VAULT__;
	const app = createFakeApp(files, { language, layoutReady: false });
	restoreData(app, manifest.id, q.get("keepData") === "1");
	const chrome = buildChrome(app, body);
	drawIcons(body);
	installTooltips(document);

	const plugin = await loadPlugin(JustInTimeLearningPlugin, app, manifest);
	mirrorData(plugin);
	app.workspace.triggerLayoutReady();

	let editor: EditorStandIn | null = null;
	const openNote = async (path: string) => {
		const file = app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) throw new Error(`no note at ${path}`);
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(file, { active: true });
		editor = bindEditor(app, leaf.view as MarkdownView);
		chrome.place();
	};
	const settle = async () => {
		await flush();
		await sleep(RENDER_WAIT_MS);
		await flush();
		await nextFrame();
	};
	const openSidebar = async () => {
		await plugin.context.openSidebar();
		await plugin.context.whenReady();
		chrome.place();
		await settle();
	};

	const open = q.get("open");
	if (open) await openNote(open);
	await openSidebar();

	const jitl: JitlPage = {
		ready: false,
		app,
		plugin,
		language,
		today: () => plugin.context.today(),
		async readNote(path) {
			const file = app.vault.getFileByPath(path);
			return file ? app.vault.read(file) : null;
		},
		listNotes: () => app.vault.getMarkdownFiles().map((f) => f.path).sort(),
		runCommand(id) {
			editor?.pushToEditor();
			return app.commands.executeCommandById(`${manifest.id}:${id}`);
		},
		openNote,
		activePath: () => app.workspace.getActiveFile()?.path ?? null,
		async reopenSidebar() {
			app.workspace.detachLeavesOfType(VIEW_TYPE);
			await openSidebar();
		},
		settle,
		async touchNote(path, text) {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`no note at ${path}`);
			await app.vault.process(file, (data) => data + text);
		},
		notices: () => notices.map((n) => n.text),
	};
	jitl.ready = true;
	window.jitl = jitl;
}

start().catch((error: unknown) => {
	window.jitlError = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
	console.error(window.jitlError);
});
