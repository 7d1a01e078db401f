/**
 * Settings pages: `PluginSettingTab.display()` fills `containerEl`; a test calls
 * `display()` itself (Obsidian does when the user opens the tab).
 */
import { make } from "./html";

export abstract class SettingTab {
	app: unknown;
	containerEl: HTMLElement = make("div", { cls: ["vertical-tab-content", "setting-tab"] });
	icon = "";

	abstract display(): void;

	hide(): void {
		this.containerEl.replaceChildren();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	plugin: unknown;

	constructor(app: unknown, plugin: unknown) {
		super();
		this.app = app;
		this.plugin = plugin;
	}
}
