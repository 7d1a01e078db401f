/**
 * The fake `App`, wired like Obsidian's: the metadata cache subscribes to the vault
 * before anything else, so plugins' vault handlers run after it (and still see the old
 * cache, because parsing happens later).
 */
import { InMemoryAdapter } from "./adapter";
import { Commands } from "./commands";
import { FileManager } from "./fileManager";
import { make } from "./html";
import { MetadataCache } from "./metadataCache";
import { Scope } from "./scope";
import type { PluginSettingTab } from "./settingTab";
import { Vault } from "./vault";
import { ViewRegistry } from "./viewRegistry";
import { Workspace } from "./workspace";

export interface AppOptions {
	configDir?: string;
	language?: string;
	/** False to hold `onLayoutReady` callbacks until `workspace.triggerLayoutReady()`. */
	layoutReady?: boolean;
}

export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	scope = new Scope();
	keymap = {};
	lastEvent: UIEvent | null = null;
	/** Internal Obsidian registries the fake models. */
	commands: Commands;
	viewRegistry = new ViewRegistry();
	/** Where plugins' ribbon icons, status bar items and setting tabs end up. */
	ribbonEl: HTMLElement = make("div", "side-dock-ribbon");
	statusBarEl: HTMLElement = make("div", "status-bar");
	settingTabs: PluginSettingTab[] = [];
	markdownPostProcessors: unknown[] = [];
	editorExtensions: unknown[] = [];
	language: string;
	private readonly storage = new Map<string, string>();

	constructor(options: AppOptions = {}) {
		this.vault = new Vault(new InMemoryAdapter(), options.configDir ?? ".obsidian");
		this.metadataCache = new MetadataCache(this.vault);
		this.workspace = new Workspace(this, options.layoutReady ?? true);
		this.fileManager = new FileManager(this);
		this.commands = new Commands(this);
		this.language = options.language ?? "en";
	}

	loadLocalStorage(key: string): unknown {
		const raw = this.storage.get(key);
		return raw === undefined ? null : (JSON.parse(raw) as unknown);
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.storage.delete(key);
		else this.storage.set(key, JSON.stringify(data));
	}

	isDarkMode(): boolean {
		return false;
	}
}
