import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { JitlSettings } from "../core/settings";
import { migrateSettings } from "../core/settingsValidation";

/**
 * The plugin's settings for a vault, read from its data.json so the report
 * classifies notes as the sidebar does (a renamed challenge tag or parking
 * folder included). Without a data.json the defaults apply.
 */

export const PLUGIN_ID = "just-in-time-learning";
/** Obsidian's default config folder; a vault that renamed it is read with defaults. */
export const DEFAULT_CONFIG_DIR = ".obsidian";

export interface LoadedSettings {
	settings: JitlSettings;
	/** Set when data.json exists but cannot be read as JSON; defaults are used then. */
	warning?: string;
}

export async function loadVaultSettings(vault: string, configDir: string = DEFAULT_CONFIG_DIR): Promise<LoadedSettings> {
	const file = join(vault, configDir, "plugins", PLUGIN_ID, "data.json");
	let text: string;
	try {
		text = await readFile(file, "utf8");
	} catch {
		return { settings: migrateSettings({}, configDir) };
	}
	try {
		return { settings: migrateSettings(JSON.parse(text), configDir) };
	} catch (err) {
		const reason = err instanceof Error ? err.message : String(err);
		return { settings: migrateSettings({}, configDir), warning: `${file}: not valid JSON (${reason}); using default settings` };
	}
}
