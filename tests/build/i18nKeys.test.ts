import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { packLocales, translationKeys, usedKeys } from "../../scripts/i18n-short-keys.mjs";
import { en, type TranslationKey, zh } from "../../src/i18n/locales";
import { setLocale, t, type Vars } from "../../src/i18n/t";
import { ROOT } from "./buildMainJs";

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
	});
}

describe("translation keys in the bundle", () => {
	it("finds every key the app knows, in the English locale files", () => {
		expect(translationKeys().sort()).toEqual(Object.keys(en).sort());
	});

	it("never builds a key at run time (the bundle rewrites keys written out in full)", () => {
		const offenders = sourceFiles("src").filter((f) => /\bt\(\s*`/.test(readFileSync(f, "utf8")));
		expect(offenders).toEqual([]);
	});

	it("counts a key as used only when the source outside the locale files writes it out", () => {
		const used = usedKeys(translationKeys());
		expect(used).toContain("command.open-sidebar");
		expect(used).toContain("settings.error.range");
		// Keys only the locale files hold are left out of the bundle.
		expect(used.length).toBeLessThan(translationKeys().length);
		for (const k of translationKeys().filter((key) => !used.includes(key))) {
			const mentioned = sourceFiles("src")
				.filter((f) => !/[\\/]i18n[\\/](en|zh)[\\/]/.test(f))
				.some((f) => readFileSync(f, "utf8").includes(`"${k}"`));
			expect(mentioned, k).toBe(false);
		}
	});
});

describe("packLocales", () => {
	const keys = ["a.one", "a.two", "b.same", "b.sameToo", "c.enOnly", "c.enOnlyToo", "d.unused"];
	const tables = {
		en: { "a.one": "One", "a.two": "Two", "b.same": "Cancel", "b.sameToo": "Cancel", "c.enOnly": "Open", "c.enOnlyToo": "Open", "d.unused": "Gone" },
		zh: { "a.one": "一", "a.two": "二", "b.same": "取消", "b.sameToo": "取消", "c.enOnly": "打开", "c.enOnlyToo": "开启", "d.unused": "无" },
	};
	const used = keys.filter((k) => k !== "d.unused");

	it("lays out every used string at its key's number, from 1, in every language", () => {
		const { ids, strings } = packLocales(keys, tables, used);
		for (const k of used) {
			const id = ids.get(k)!;
			expect(id).toBeGreaterThanOrEqual(1);
			expect(strings.en[id], k).toBe(tables.en[k as keyof typeof tables.en]);
			expect(strings.zh[id], k).toBe(tables.zh[k as keyof typeof tables.zh]);
		}
		expect(strings.en[0]).toBe("");
	});

	it("shares a number between keys only when every language has the same string", () => {
		const { ids } = packLocales(keys, tables, used);
		expect(ids.get("b.sameToo")).toBe(ids.get("b.same"));
		expect(ids.get("c.enOnlyToo")).not.toBe(ids.get("c.enOnly"));
		expect(ids.get("a.two")).not.toBe(ids.get("a.one"));
		expect(new Set(ids.values()).size).toBe(used.length - 1);
	});

	it("leaves unused keys and their strings out", () => {
		const { ids, strings } = packLocales(keys, tables, used);
		expect(ids.has("d.unused")).toBe(false);
		expect(strings.en).not.toContain("Gone");
		expect(strings.zh).not.toContain("无");
	});

	it("refuses a language that lacks a key, has a key English has not, or a string with a line break", () => {
		const { "a.two": _, ...missing } = tables.zh;
		expect(() => packLocales(keys, { ...tables, zh: missing })).toThrow(/"a.two" has no zh string/);
		expect(() => packLocales(keys, { ...tables, zh: { ...tables.zh, "e.extra": "多" } })).toThrow(/e\.extra/);
		expect(() => packLocales(keys, { ...tables, en: { ...tables.en, "a.one": "One\nTwo" } })).toThrow(/line break/);
	});

	it("packs the real locales", () => {
		const all = translationKeys();
		const { ids, strings } = packLocales(all, { en, zh }, usedKeys(all));
		for (const [k, id] of ids) {
			expect(strings.en[id], k).toBe(en[k as TranslationKey]);
			expect(strings.zh[id], k).toBe(zh[k as TranslationKey]);
		}
	});
});

/**
 * t() as the bundle has it: src/i18n/t.ts built with the plugin, and the number
 * of each key. Built in a child process: esbuild refuses to run in a DOM realm.
 */
function bundledI18n(): { ids: Record<string, number>; source: string } {
	const script = `
		import esbuild from "esbuild";
		import { i18nShortKeys, packForBundle } from "./scripts/i18n-short-keys.mjs";
		const result = await esbuild.build({
			stdin: { contents: 'export { setLocale, t } from "./src/i18n/t";', resolveDir: ".", sourcefile: "i18n-entry.ts", loader: "ts" },
			bundle: true, format: "cjs", minify: true, charset: "utf8", write: false, logLevel: "silent",
			plugins: [i18nShortKeys()],
		});
		const { ids } = await packForBundle(esbuild);
		process.stdout.write(JSON.stringify({ ids: Object.fromEntries(ids), source: result.outputFiles[0].text }));
	`;
	const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
	return JSON.parse(out) as { ids: Record<string, number>; source: string };
}

describe("t() in the bundle", () => {
	let ids: Record<string, number>;
	let bundled: { t(id: number, vars?: Vars): string; setLocale(language: string): void };
	let source = "";

	beforeAll(() => {
		const built = bundledI18n();
		ids = built.ids;
		source = built.source;
		const module = { exports: {} as Record<string, unknown> };
		const wrapper = runInThisContext(`(function (module, exports) {\n${source}\n})`) as (m: typeof module, e: typeof module.exports) => void;
		wrapper(module, module.exports);
		bundled = module.exports as typeof bundled;
	}, 60_000);

	afterEach(() => setLocale("en"));

	/** A value for every placeholder of every string; numbers go through the locale's number format. */
	function allVars(): Vars {
		const vars: Vars = {};
		for (const s of [...Object.values(en), ...Object.values(zh)]) {
			for (const m of s.matchAll(/\{(\w+)\}/g)) vars[m[1]] = `<${m[1]}>`;
		}
		return { ...vars, count: 12345, minutes: 1, goal: 2 };
	}

	it("holds no translation key, and no string of a key the source never uses", () => {
		for (const k of translationKeys()) expect(source, k).not.toContain(`"${k}"`);
		const usedStrings = new Set(Object.keys(ids).map((k) => en[k as TranslationKey]));
		const unused = translationKeys().filter((k) => !(k in ids) && !usedStrings.has(en[k as TranslationKey]));
		expect(unused.length).toBeGreaterThan(0);
		for (const k of unused) expect(source, k).not.toContain(en[k as TranslationKey]);
	});

	it.each(["en", "zh"])("says in %s exactly what the source says, for every key it uses", (language) => {
		setLocale(language);
		bundled.setLocale(language);
		const vars = allVars();
		expect(Object.keys(ids).length).toBeGreaterThan(150);
		for (const [k, id] of Object.entries(ids)) {
			expect(bundled.t(id), k).toBe(t(k as TranslationKey));
			expect(bundled.t(id, vars), k).toBe(t(k as TranslationKey, vars));
		}
	});

	it("speaks Chinese for zh-TW too, and English for anything else", () => {
		bundled.setLocale("zh-TW");
		expect(bundled.t(ids["command.open-sidebar"])).toBe(zh["command.open-sidebar"]);
		bundled.setLocale("fr");
		expect(bundled.t(ids["command.open-sidebar"])).toBe(en["command.open-sidebar"]);
	});
});
