import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { obsidianImports } from "../../scripts/obsidian-once.mjs";

const roots: string[] = [];

/** A throwaway project whose src/ holds `files`. */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "obsidian-once-"));
	roots.push(root);
	for (const [path, text] of Object.entries(files)) {
		const full = join(root, "src", path);
		mkdirSync(join(full, ".."), { recursive: true });
		writeFileSync(full, text);
	}
	return root;
}

afterEach(() => {
	for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

describe("obsidianImports", () => {
	it("lists each value imported from obsidian once, sorted, and leaves out type-only imports", () => {
		const root = project({
			"a.ts": 'import { type App, Notice, TFile } from "obsidian";\n',
			"b/c.ts": 'import {\n\tModal,\n\tTFile as File,\n\ttype Editor,\n} from "obsidian";\nimport type { Plugin } from "obsidian";\n',
			"d.ts": 'import { Notice } from "./notice";\n',
		});
		expect(obsidianImports(root)).toEqual(["Modal", "Notice", "TFile"]);
	});

	it("refuses a namespace, default or require import, which it could not list", () => {
		expect(() => obsidianImports(project({ "a.ts": 'import * as obsidian from "obsidian";\n' }))).toThrow(/a\.ts imports obsidian/);
		expect(() => obsidianImports(project({ "a.ts": 'import obsidian from "obsidian";\n' }))).toThrow(/imports obsidian/);
		expect(() => obsidianImports(project({ "a.ts": 'const o = require("obsidian");\n' }))).toThrow(/imports obsidian/);
	});

	it("finds what the plugin's source imports", () => {
		const names = obsidianImports();
		for (const name of ["Plugin", "Notice", "Modal", "ItemView", "TFile", "setIcon", "getLanguage"]) expect(names).toContain(name);
		for (const typeOnly of ["App", "Editor", "WorkspaceLeaf", "CachedMetadata"]) expect(names).not.toContain(typeOnly);
	});
});
