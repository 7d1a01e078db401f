/**
 * A local harness for the practice tests: the real plugin on the fake app, with
 * helpers to run commands, click the status bar and modals, reload the plugin
 * (as after a restart) or start it afresh from data.json (as after a crash).
 */
import { vi } from "vitest";
import type { InMemoryAdapter } from "../../fake/obsidian/adapter";
import {
	createFakeApp,
	type FakeApp,
	type FakeFiles,
	flush,
	loadPlugin,
	notices,
	openModals,
	unloadPlugin,
} from "../../fake/obsidian/index";
import type { Modal } from "../../fake/obsidian/modal";
import type { JitlSettings } from "../../../src/core/settings";
import JustInTimeLearningPlugin from "../../../src/main";
import type { JitlContext } from "../../../src/obsidian/JitlContext";
import { SidebarView, VIEW_TYPE } from "../../../src/view/SidebarView";

export const PLUGIN_ID = "just-in-time-learning";
const DATA = `.obsidian/plugins/${PLUGIN_ID}/data.json`;

export interface Harness {
	app: FakeApp;
	plugin: JustInTimeLearningPlugin;
	ctx: JitlContext;
	settle(): Promise<void>;
	run(id: string): boolean;
	available(id: string): boolean;
	read(path: string): string;
	/** data.json as saved on disk (not the plugin's in-memory copy). */
	savedData(): Partial<JitlSettings> | null;
	noticeTexts(): string[];
	/** Unloads the plugin and loads a new instance on the same app and disk. */
	reload(): Promise<void>;
	/** The practice status bar item of the loaded plugin. */
	statusBar(): HTMLElement;
	modal(): Modal;
	sidebar(): Promise<SidebarView>;
}

/** A challenge note; `body` goes after the front matter. */
export function challenge(opts: { status?: string; extra?: string; body?: string } = {}): string {
	const status = opts.status ?? "current";
	return `---\ntags: [challenge]\nstatus: ${status}\n${opts.extra ?? ""}---\n# Challenge\n\n${opts.body ?? ""}`;
}

/** Sets the clock (Date only: the fake's background work keeps real timers). */
export function setNow(iso: string): number {
	const d = new Date(iso);
	vi.setSystemTime(d);
	return d.getTime();
}

export async function setup(
	files: FakeFiles,
	settings: Partial<JitlSettings> = {},
	savedData?: unknown,
	language = "en",
): Promise<Harness> {
	const app = createFakeApp(files, { language });
	const adapter = app.vault.adapter as unknown as InMemoryAdapter;
	if (savedData !== undefined) {
		adapter.mkdirSync(DATA.slice(0, DATA.lastIndexOf("/")));
		adapter.writeSync(DATA, JSON.stringify(savedData));
	}
	const load = async () => {
		const plugin = await loadPlugin(JustInTimeLearningPlugin, app, { id: PLUGIN_ID, name: "Just-in-Time Learning" });
		await plugin.context.whenReady();
		return plugin;
	};
	let plugin = await load();
	const settle = async () => {
		for (let i = 0; i < 5; i++) {
			await flush();
			await h.ctx.writes.idle();
		}
	};
	const h: Harness = {
		app,
		plugin,
		get ctx() {
			return plugin.context;
		},
		settle,
		run: (id) => app.commands.executeCommandById(`${PLUGIN_ID}:${id}`),
		available: (id) => app.commands.isAvailable(`${PLUGIN_ID}:${id}`),
		read: (path) => adapter.readSync(path),
		savedData() {
			const { files: paths } = adapter.allPaths();
			return paths.includes(DATA) ? (JSON.parse(adapter.readSync(DATA)) as Partial<JitlSettings>) : null;
		},
		noticeTexts: () => notices.map((n) => n.text),
		async reload() {
			await settle();
			await unloadPlugin(plugin);
			plugin = await load();
			h.plugin = plugin;
			await settle();
		},
		statusBar() {
			const items = [...app.statusBarEl.querySelectorAll<HTMLElement>(".jitl-practice-status")];
			if (items.length !== 1) throw new Error(`expected one practice status bar item, found ${items.length}`);
			return items[0];
		},
		modal() {
			const m = openModals[openModals.length - 1];
			if (!m) throw new Error("no modal is open");
			return m;
		},
		async sidebar() {
			await plugin.context.openSidebar();
			const view = app.workspace.getLeavesOfType(VIEW_TYPE)[0]?.view;
			if (!(view instanceof SidebarView)) throw new Error("sidebar not open");
			await settle();
			view.render();
			return view;
		},
	};
	if (Object.keys(settings).length > 0) await h.ctx.updateSettings(settings);
	await settle();
	return h;
}

/** Clicks the button with this text in the open modal. */
export function clickButton(modal: Modal, text: string): void {
	const button = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === text);
	if (!button) throw new Error(`no button "${text}" in the modal`);
	button.click();
}

/** Types into an input as a user would: sets the value and fires `input`. */
export function type(input: HTMLInputElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** The note without its front matter (which processFrontMatter reformats, as Obsidian does). */
export function body(text: string): string {
	const m = /^---\n[\s\S]*?\n---\n/.exec(text);
	return m ? text.slice(m[0].length) : text;
}

/** Log lines (list items) of a note, in order. */
export function logLines(text: string): string[] {
	return text.split("\n").filter((l) => /^- \d{4}-/.test(l));
}
