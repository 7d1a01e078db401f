/**
 * A stand-in for the `obsidian` module, bound to one window: what the built
 * main.js needs to load and run `onload` outside Obsidian. The mobile smoke
 * test, the onload benchmark and the sidebar benchmark page all use it. It
 * records what the plugin registers, so tests can check the commands.
 */
import { Component, Events, TAbstractFile, TFile, TFolder, debounceOn, normalizePath, type Timers } from "./stub/core";
import { installObsidianDom, type DomWindow } from "./domHelpers";

export interface StubCommand {
	id: string;
	name: string;
	[key: string]: unknown;
}

/** What the plugin registered; filled while `onload` runs. */
export interface StubRecord {
	commands: StubCommand[];
	views: Map<string, (leaf: unknown) => unknown>;
	ribbonIcons: { icon: string; title: string }[];
	statusBarItems: HTMLElement[];
	settingTabs: unknown[];
	notices: string[];
	savedData: unknown[];
}

export interface StubOptions {
	/** What `loadData` resolves to; null as for a first install. */
	data?: unknown;
	/** What `getLanguage` returns. */
	language?: string;
}

export type StubWindow = DomWindow & Timers & { setInterval(fn: () => void, ms: number): number; clearInterval(id: number): void };

export interface ObsidianStub {
	module: Record<string, unknown>;
	record: StubRecord;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function createObsidianModule(win: StubWindow, options: StubOptions = {}): ObsidianStub {
	installObsidianDom(win);
	const doc = win.document;
	const record: StubRecord = { commands: [], views: new Map(), ribbonIcons: [], statusBarItems: [], settingTabs: [], notices: [], savedData: [] };
	const statusBar = doc.createElement("div");
	const div = (cls: string): HTMLElement => {
		const el = doc.createElement("div");
		el.className = cls;
		return el;
	};

	class WindowComponent extends Component {
		override registerInterval(id: number): number {
			this.register(() => win.clearInterval(id));
			return id;
		}
	}

	class Plugin extends WindowComponent {
		constructor(
			public app: unknown,
			public manifest: { id: string; [key: string]: unknown },
		) {
			super();
		}
		loadData(): Promise<unknown> {
			return Promise.resolve(options.data ?? null);
		}
		saveData(data: unknown): Promise<void> {
			record.savedData.push(data);
			return Promise.resolve();
		}
		addCommand(command: StubCommand): StubCommand {
			record.commands.push(command);
			return command;
		}
		registerView(type: string, factory: (leaf: unknown) => unknown): void {
			record.views.set(type, factory);
		}
		addRibbonIcon(icon: string, title: string, _cb: (evt: MouseEvent) => unknown): HTMLElement {
			record.ribbonIcons.push({ icon, title });
			return div("side-dock-ribbon-action");
		}
		addStatusBarItem(): HTMLElement {
			const el = div("status-bar-item");
			statusBar.appendChild(el);
			record.statusBarItems.push(el);
			return el;
		}
		addSettingTab(tab: unknown): void {
			record.settingTabs.push(tab);
		}
		registerEditorExtension(): void {}
		registerMarkdownPostProcessor(): void {}
		registerObsidianProtocolHandler(): void {}
	}

	class View extends WindowComponent {
		app: unknown;
		containerEl = div("workspace-leaf-content");
		constructor(public leaf: { app?: unknown }) {
			super();
			this.app = leaf.app;
		}
		getIcon(): string {
			return "document";
		}
		onOpen(): Promise<void> {
			return Promise.resolve();
		}
		onClose(): Promise<void> {
			return Promise.resolve();
		}
	}

	class ItemView extends View {
		contentEl: HTMLElement;
		constructor(leaf: { app?: unknown }) {
			super(leaf);
			this.containerEl.appendChild(div("view-header"));
			this.contentEl = div("view-content");
			this.containerEl.appendChild(this.contentEl);
		}
	}

	class MarkdownView extends ItemView {}

	class Notice {
		noticeEl = div("notice");
		constructor(message: string | DocumentFragment) {
			record.notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
		}
		setMessage(): this {
			return this;
		}
		hide(): void {}
	}

	class Modal extends WindowComponent {
		containerEl = div("modal-container");
		modalEl = div("modal");
		titleEl = div("modal-title");
		contentEl = div("modal-content");
		constructor(public app: unknown) {
			super();
		}
		open(): void {
			this.onOpen();
		}
		close(): void {
			this.onClose();
		}
		onOpen(): void {}
		onClose(): void {}
		setTitle(title: string): this {
			this.titleEl.textContent = title;
			return this;
		}
	}

	class PluginSettingTab {
		containerEl = div("vertical-tab-content");
		constructor(
			public app: unknown,
			public plugin: unknown,
		) {}
		display(): void {}
		hide(): void {}
	}

	/** Every builder method returns the setting itself; components are not modelled. */
	class Setting {
		settingEl = div("setting-item");
		constructor(containerEl: HTMLElement) {
			containerEl.appendChild(this.settingEl);
			return new Proxy(this, { get: (target, key) => (key in target ? target[key as keyof Setting] : () => target) });
		}
	}

	const MarkdownRenderer = {
		/** Plain text in a paragraph: enough for layout, far cheaper than Obsidian's renderer. */
		render(_app: unknown, markdown: string, el: HTMLElement): Promise<void> {
			const p = doc.createElement("p");
			p.textContent = markdown;
			el.appendChild(p);
			return Promise.resolve();
		},
	};

	function setIcon(el: HTMLElement, name: string): void {
		const svg = doc.createElementNS(SVG_NS, "svg");
		svg.setAttribute("class", `svg-icon lucide-${name}`);
		el.replaceChildren(svg);
	}

	const module: Record<string, unknown> = {
		Component: WindowComponent,
		Events,
		TAbstractFile,
		TFile,
		TFolder,
		Plugin,
		View,
		ItemView,
		MarkdownView,
		Notice,
		Modal,
		PluginSettingTab,
		Setting,
		MarkdownRenderer,
		setIcon,
		debounce: debounceOn({ setTimeout: (fn, ms) => win.setTimeout(fn, ms), clearTimeout: (id) => win.clearTimeout(id) }),
		normalizePath,
		getLanguage: () => options.language ?? "en",
		parseYaml: () => {
			throw new Error("parseYaml is not provided by the stub");
		},
		Platform: { isMobile: true, isMobileApp: true, isDesktop: false, isDesktopApp: false, isIosApp: false, isAndroidApp: true },
	};
	return { module, record };
}
