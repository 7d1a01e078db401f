import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { INTERNAL_PROPS } from "../../scripts/internal-props.mjs";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildMainJs, ROOT } from "./buildMainJs";

/**
 * main.js shortens the property names of scripts/internal-props.mjs. These
 * tests hold the list to its rules; bundleVsSource.test.ts checks the result.
 */

function files(dir: string, ext: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
	});
}

const words = (text: string) => new Set(text.match(/[A-Za-z_$][\w$]*/g));
/** The plugin's source; the CLI is bundled on its own and may put these names in JSON. */
const pluginSource = files(join(ROOT, "src"), ".ts").filter((f) => !relative(ROOT, f).startsWith(join("src", "cli")));

describe("the list of internal property names", () => {
	it("holds no name of Obsidian's API, the DOM or JavaScript's built-ins", () => {
		const obsidian = words(readFileSync(join(ROOT, "node_modules/obsidian/obsidian.d.ts"), "utf8"));
		const libs = words(files(join(ROOT, "node_modules/typescript/lib"), ".d.ts").map((f) => readFileSync(f, "utf8")).join("\n"));
		for (const name of INTERNAL_PROPS) {
			expect(obsidian.has(name), name).toBe(false);
			expect(libs.has(name), name).toBe(false);
		}
	});

	it("holds no setting (data.json) and no front matter key", () => {
		const settings = JSON.stringify(DEFAULT_SETTINGS) + readFileSync(join(ROOT, "src/core/settings.ts"), "utf8");
		const contract = readFileSync(join(ROOT, "README.md"), "utf8");
		for (const name of INTERNAL_PROPS) {
			expect(settings, name).not.toContain(name);
			expect(contract, name).not.toMatch(new RegExp(`\\b${name}\\s*:`));
		}
	});

	it("holds no placeholder of a translation (t() reads its values by those names)", () => {
		const strings = files(join(ROOT, "src/i18n"), ".ts").map((f) => readFileSync(f, "utf8")).join("\n");
		const placeholders = new Set([...strings.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
		expect(placeholders.size).toBeGreaterThan(10);
		for (const name of INTERNAL_PROPS) expect(placeholders.has(name), name).toBe(false);
	});

	it("holds names the source only ever writes as identifiers (a quoted name would not be shortened)", () => {
		const quoted = INTERNAL_PROPS.map((name) => new RegExp(`["'\`]${name}["'\`]`));
		const found: string[] = [];
		for (const f of pluginSource) {
			for (const line of readFileSync(f, "utf8").split("\n")) {
				if (/\b(Pick|Omit)</.test(line)) continue; // types are gone from the bundle
				for (const re of quoted) if (re.test(line)) found.push(`${relative(ROOT, f)}: ${line}`);
			}
		}
		expect(found).toEqual([]);
	});

	it("holds no member of a class that extends one of Obsidian's", () => {
		for (const f of pluginSource) {
			const text = readFileSync(f, "utf8");
			if (!/class \w+ extends (?!Error\b)\w+/.test(text)) continue;
			for (const name of INTERNAL_PROPS) {
				const member = new RegExp(`^\\t(?:(?:private|protected|public|readonly|static|async|override)\\s+)*${name}\\b`, "m");
				expect(member.test(text), `${relative(ROOT, f)} declares ${name}`).toBe(false);
			}
		}
	});

	it("is what the built main.js shortened", () => {
		const source = readFileSync(buildMainJs(), "utf8");
		// As a property: `.name` or `name:` (a string that happens to hold the name is not one).
		for (const name of INTERNAL_PROPS) expect(source, name).not.toMatch(new RegExp(`\\.${name}\\b|[{,]${name}:`));
	});
});
