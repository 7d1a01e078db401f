/**
 * Loads the recorded Obsidian notes for the fake's fidelity tests. It avoids `new URL()`
 * because the happy-dom environment replaces `URL` with its own class.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CachedMetadata } from "obsidian";

export interface OracleNote {
	/** File name of the JSON, e.g. `callout.json`. */
	name: string;
	filePath: string;
	fileContents: string;
	cachedMetadata: CachedMetadata;
	getAllTags: string[] | null;
	parseFrontMatterTags: string[] | null;
	resolveLinkToPath: Record<string, string | null>;
}

export const oracleDir = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "obsidian-recorded");

const VAULT_WIDE = new Set(["resolvedLinks.json", "unresolvedLinks.json"]);

export function loadOracleNotes(): OracleNote[] {
	return readdirSync(oracleDir)
		.filter((f) => f.endsWith(".json") && !VAULT_WIDE.has(f))
		.sort()
		.map((name) => ({ name, ...(JSON.parse(readFileSync(join(oracleDir, name), "utf8")) as Omit<OracleNote, "name">) }));
}

/** `resolvedLinks.json` or `unresolvedLinks.json`: source path to target counts. */
export function loadLinkMap(name: "resolvedLinks.json" | "unresolvedLinks.json"): Record<string, Record<string, number>> {
	return JSON.parse(readFileSync(join(oracleDir, name), "utf8")) as Record<string, Record<string, number>>;
}
