/**
 * The plugin's data.json outlives a page load the way it outlives an Obsidian
 * restart: kept in the browser's localStorage, written back into the fake vault
 * before the plugin loads when the test asks to keep it (`?keepData=1`). The
 * browser's storage, not App#saveLocalStorage: the fake app's is gone on reload.
 */
import type { App, Plugin } from "obsidian";

const KEY = "jitl-e2e-plugin-data";

export function restoreData(app: App, pluginId: string, keep: boolean): void {
	if (!keep) {
		window.localStorage.removeItem(KEY);
		return;
	}
	const saved = window.localStorage.getItem(KEY);
	if (saved === null) return;
	const dir = `${app.vault.configDir}/plugins/${pluginId}`;
	const adapter = app.vault.adapter as unknown as { mkdirSync(p: string): void; writeSync(p: string, d: string): void };
	adapter.mkdirSync(dir);
	adapter.writeSync(`${dir}/data.json`, saved);
}

/** Copies every save of the plugin's data to localStorage too. */
export function mirrorData(plugin: Plugin): void {
	const save = plugin.saveData.bind(plugin);
	plugin.saveData = async (data: unknown) => {
		await save(data);
		window.localStorage.setItem(KEY, JSON.stringify(data));
	};
}
