/**
 * Builds a ready-to-use fake app from a map of vault paths to contents. The files are
 * "already on disk": no `create` events, and their metadata is indexed at once (as when
 * Obsidian starts with a warm cache). Later changes go through the async pipeline.
 */
import type * as Obsidian from "obsidian";
import { App, type AppOptions } from "./app";
import type { Command } from "./commands";
import { setLanguage } from "./environment";
import type { FakeVaultConfig } from "./vaultConfig";

export type FakeFiles = Record<string, string | { content: string; mtime?: number }>;

export interface FakeAppOptions extends AppOptions {
	/** Vault settings to change from Obsidian's defaults. */
	config?: Partial<FakeVaultConfig>;
}

/** The real `App` type plus the fake's test helpers. */
export type FakeApp = Obsidian.App & {
	vault: Obsidian.Vault & {
		getConfig(key: string): unknown;
		setConfig(key: string, value: unknown): void;
	};
	workspace: Obsidian.Workspace & {
		triggerLayoutReady(): void;
		setActiveFile(file: Obsidian.TFile | null): Promise<void>;
	};
	commands: {
		commands: Record<string, Command>;
		executeCommandById(id: string): boolean;
		isAvailable(id: string): boolean;
		findCommand(id: string): Command | undefined;
		listCommands(): Command[];
	};
	viewRegistry: {
		registerView(type: string, creator: (leaf: Obsidian.WorkspaceLeaf) => Obsidian.View): void;
		unregisterView(type: string): void;
	};
	settingTabs: Obsidian.PluginSettingTab[];
	ribbonEl: HTMLElement;
	statusBarEl: HTMLElement;
	language: string;
};

export function createFakeApp(files: FakeFiles = {}, opts: FakeAppOptions = {}): FakeApp {
	const app = new App(opts);
	for (const [key, value] of Object.entries(opts.config ?? {})) app.vault.setConfig(key, value);
	const entries = Object.fromEntries(Object.entries(files).map(([path, f]) => [path, typeof f === "string" ? { content: f } : f]));
	app.vault.loadInitial(entries);
	app.metadataCache.indexAll();
	setLanguage(app.language);
	return app as unknown as FakeApp;
}
