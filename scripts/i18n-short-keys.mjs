// esbuild plugin that makes the translations small in the plugin bundle, and
// only there (the source, and the tests that run on it, keep the readable form):
// - every translation key ("settings.goal.desc") becomes a number, so
//   `t("settings.goal.desc")` ships as `t(42)`;
// - src/i18n/locales.ts is replaced by a module whose `en` and `zh` are arrays
//   indexed by those numbers, each built by splitting one string, so a string
//   costs one separator instead of a quoted key, a colon and a comma;
// - keys whose strings are the same in every language share one number, and
//   keys the source never uses get none (their strings are left out).
// t() works unchanged on both: `LOCALES[locale][key]` reads an object property
// in the source and an array slot in the bundle.
// Rule it relies on (checked by tests/build/i18nKeys.test.ts): every key is
// written out in full in the source, never assembled from parts at run time.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** Every key, from the English locale files (the reference language). */
export function translationKeys(root = ".") {
	const dir = join(root, "src/i18n/en");
	const keys = [];
	for (const f of readdirSync(dir).sort()) {
		if (!f.endsWith(".ts")) continue;
		for (const m of readFileSync(join(dir, f), "utf8").matchAll(/^\s*"([^"]+)":/gm)) keys.push(m[1]);
	}
	return keys;
}

function sourceFiles(dir) {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
	});
}

/** The keys that src/ (outside the locale files) writes out in quotes somewhere. */
export function usedKeys(keys, root = ".") {
	const code = sourceFiles(resolve(root, "src"))
		.filter((f) => !/[\\/]src[\\/]i18n[\\/](en|zh)[\\/]/.test(f))
		.map((f) => readFileSync(f, "utf8"))
		.join("\n");
	return keys.filter((k) => code.includes(`"${k}"`) || code.includes(`'${k}'`));
}

/** Separates the strings of one language in a packed table; no string may contain it. */
const SEPARATOR = "\n";

/**
 * Numbers the keys of `used` for the bundle (from 1, so that none is falsy;
 * keys with the same string in every language share a number) and lays out
 * each language's strings by those numbers (slot 0 holds an unused "").
 * Throws when a language lacks a key or has one English does not.
 * @param keys every key, in translationKeys() order
 * @param tables language -> (key -> string)
 */
export function packLocales(keys, tables, used = keys) {
	for (const [language, table] of Object.entries(tables)) {
		const extra = Object.keys(table).filter((k) => !keys.includes(k));
		if (extra.length > 0) throw new Error(`i18n: ${language} has keys that English has not: ${extra.join(", ")}`);
		for (const k of keys) {
			if (typeof table[k] !== "string") throw new Error(`i18n: "${k}" has no ${language} string`);
			if (table[k].includes(SEPARATOR)) throw new Error(`i18n: the ${language} string of "${k}" holds a line break`);
		}
	}
	const ids = new Map();
	const bySignature = new Map();
	const strings = Object.fromEntries(Object.keys(tables).map((language) => [language, [""]]));
	for (const k of keys.filter((key) => used.includes(key))) {
		const signature = JSON.stringify(Object.values(tables).map((table) => table[k]));
		if (!bySignature.has(signature)) {
			bySignature.set(signature, bySignature.size + 1);
			for (const [language, table] of Object.entries(tables)) strings[language].push(table[k]);
		}
		ids.set(k, bySignature.get(signature));
	}
	return { ids, strings };
}

/** Source of a JavaScript expression that rebuilds `strings`. */
function packedArray(strings) {
	return `${JSON.stringify(strings.join(SEPARATOR))}.split(${JSON.stringify(SEPARATOR)})`;
}

/** Builds src/i18n/locales.ts on its own and evaluates it: its `{ en, zh }` objects and the files they came from. */
export async function readLocales(esbuild, root = ".") {
	const result = await esbuild.build({
		entryPoints: [join(root, "src/i18n/locales.ts")],
		bundle: true,
		format: "cjs",
		platform: "neutral",
		write: false,
		logLevel: "silent",
		metafile: true,
	});
	const module = { exports: {} };
	new Function("module", "exports", result.outputFiles[0].text)(module, module.exports);
	const files = Object.keys(result.metafile.inputs).map((f) => resolve(f));
	return { tables: { en: module.exports.en, zh: module.exports.zh }, files };
}

/** Everything one build needs: the numbers of the keys and the stand-in for src/i18n/locales.ts. */
export async function packForBundle(esbuild, root = ".") {
	const keys = translationKeys(root);
	const { tables, files } = await readLocales(esbuild, root);
	const { ids, strings } = packLocales(keys, tables, usedKeys(keys, root));
	const locales = [
		"// Written by scripts/i18n-short-keys.mjs from src/i18n/{en,zh}/*.ts.",
		`export const en = ${packedArray(strings.en)};`,
		`export const zh = ${packedArray(strings.zh)};`,
		"export const LOCALES = { en, zh };",
	].join("\n");
	return { ids, locales, files };
}

export function i18nShortKeys(root = ".") {
	return {
		name: "i18n-short-keys",
		setup(build) {
			const localesPath = resolve(root, "src/i18n/locales.ts");
			let pack;
			let pattern;
			// Per build, so that a watch rebuild sees keys and strings changed since.
			build.onStart(async () => {
				pack = await packForBundle(build.esbuild, root);
				const escaped = [...pack.ids.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
				pattern = new RegExp(`(["'])(${escaped.join("|")})\\1`, "g");
			});
			build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]locales\.ts$/ }, (args) => {
				if (resolve(args.path) !== localesPath) return undefined;
				return { contents: pack.locales, loader: "js", watchFiles: pack.files };
			});
			build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
				const source = readFileSync(args.path, "utf8");
				const contents = pack.ids.size === 0 ? source : source.replace(pattern, (_, q, key) => String(pack.ids.get(key)));
				return { contents, loader: "ts" };
			});
		},
	};
}
