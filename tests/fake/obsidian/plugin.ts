/**
 * `Plugin` and its registration methods. Everything a plugin registers is undone when
 * it unloads. Data is kept as JSON in `<configDir>/plugins/<id>/data.json` in the
 * in-memory adapter, so it survives reloading the plugin on the same app.
 */
import type { App } from "./app";
import type { Command } from "./commands";
import { Component, ONLOAD_RESULT } from "./component";
import { make } from "./html";
import { setIcon } from "./icons";
import type { PluginSettingTab } from "./settingTab";
import type { ViewCreator } from "./viewRegistry";
import { EmptyView } from "./views";

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	description: string;
	author: string;
	authorUrl?: string;
	isDesktopOnly?: boolean;
	dir?: string;
}

export class Plugin extends Component {
	app: App;
	manifest: PluginManifest;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	private get dataPath(): string {
		return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
	}

	async loadData(): Promise<unknown> {
		const { adapter } = this.app.vault;
		if (!(await adapter.exists(this.dataPath))) return null;
		return JSON.parse(await adapter.read(this.dataPath)) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		const { adapter } = this.app.vault;
		adapter.mkdirSync(this.dataPath.slice(0, this.dataPath.lastIndexOf("/")));
		adapter.writeSync(this.dataPath, JSON.stringify(data, null, 2));
		await Promise.resolve();
	}

	onExternalSettingsChange(): void {}

	onUserEnable(): void {}

	addCommand(command: Command): Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands.addCommand(command);
		this.register(() => this.app.commands.removeCommand(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = make("div", { cls: ["side-dock-ribbon-action", "clickable-icon"], attr: { "aria-label": title } }, this.app.ribbonEl);
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt));
		this.register(() => el.remove());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = make("div", "status-bar-item", this.app.statusBarEl);
		this.register(() => el.remove());
		return el;
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.settingTabs.push(settingTab);
		this.register(() => this.app.settingTabs.splice(this.app.settingTabs.indexOf(settingTab), 1));
	}

	/** Registers a view type; on unload its leaves keep their place with an empty view. */
	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => {
			this.app.viewRegistry.unregisterView(type);
			for (const leaf of this.app.workspace.getLeavesOfType(type)) void leaf.open(new EmptyView(leaf));
		});
	}

	registerExtensions(extensions: string[], viewType: string): void {
		this.app.viewRegistry.registerExtensions(extensions, viewType);
		this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
	}

	registerMarkdownPostProcessor(postProcessor: unknown, sortOrder?: number): unknown {
		void sortOrder;
		return this.track(this.app.markdownPostProcessors, postProcessor);
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: unknown): unknown {
		return this.track(this.app.markdownPostProcessors, { language, handler });
	}

	registerEditorExtension(extension: unknown): void {
		this.track(this.app.editorExtensions, extension);
	}

	registerEditorSuggest(editorSuggest: unknown): void {
		this.track(this.app.editorExtensions, editorSuggest);
	}

	registerObsidianProtocolHandler(action: string, handler: unknown): void {
		this.track(this.app.editorExtensions, { action, handler });
	}

	registerHoverLinkSource(id: string, info: unknown): void {
		void id;
		void info;
	}

	private track<T>(list: unknown[], item: T): T {
		list.push(item);
		this.register(() => list.splice(list.indexOf(item), 1));
		return item;
	}
}

/** Fake helper: constructs and loads a plugin like Obsidian does, awaiting an async `onload`. */
export async function loadPlugin<T extends { load(): void }>(PluginClass: new (app: never, manifest: never) => T, app: unknown, manifest?: Partial<PluginManifest>): Promise<T> {
	const full: PluginManifest = {
		id: "test-plugin",
		name: "Test plugin",
		version: "0.0.0",
		minAppVersion: "1.0.0",
		description: "",
		author: "",
		...manifest,
	};
	const plugin = new PluginClass(app as never, full as never);
	plugin.load();
	await (plugin as unknown as Component)[ONLOAD_RESULT];
	return plugin;
}

/** Fake helper: unloads a plugin (its registered events, views, commands, intervals go). */
export async function unloadPlugin(plugin: { unload(): void }): Promise<void> {
	plugin.unload();
	await Promise.resolve();
}
