// esbuild plugin: replaces every translation key ("settings.goal.desc") with a
// short id ("g4") in the plugin bundle. Keys are long and each appears three
// times (English, Chinese, call site); shortening them keeps main.js small.
// Source stays readable: keys are only rewritten in the bundle.
// Rule it relies on (checked by tests/build/i18nKeys.test.ts): every key is
// written out in full in the source, never assembled from parts at run time.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

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

/** Key -> short id, stable for a given key list. */
export function shortIds(keys) {
	return new Map(keys.map((k, i) => [k, `~${i.toString(36)}`]));
}

export function i18nShortKeys(root = ".") {
	return {
		name: "i18n-short-keys",
		setup(build) {
			const ids = shortIds(translationKeys(root));
			const escaped = [...ids.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
			const pattern = new RegExp(`(["'])(${escaped.join("|")})\\1`, "g");
			build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
				const source = readFileSync(args.path, "utf8");
				return { contents: source.replace(pattern, (_, q, key) => `${q}${ids.get(key)}${q}`), loader: "ts" };
			});
		},
	};
}
