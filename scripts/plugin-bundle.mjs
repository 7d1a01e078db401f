// The esbuild options of main.js, in one place: esbuild.config.mjs builds with
// them, and a tool that measures the bundle (bench/bundleBreakdown.mjs) can
// measure the very same build. `root` is the repository (default: the cwd).
import { builtinModules } from "node:module";
import { resolve } from "node:path";
import { i18nShortKeys } from "./i18n-short-keys.mjs";
import { INTERNAL_PROPS_PATTERN } from "./internal-props.mjs";
import { obsidianOnce } from "./obsidian-once.mjs";

// The plugin class reaches Obsidian as `exports.default`. Written out here, it
// costs one line; exported from src/main.ts as the entry, esbuild would add its
// ESM-to-CommonJS helpers (about 400 bytes) to do the same.
const ENTRY = [
	'import JitlPlugin from "./src/main";',
	'Object.defineProperty(exports, "__esModule", { value: true });',
	"exports.default = JitlPlugin;",
].join("\n");

/** Options for `esbuild.build` / `esbuild.context`; `minify` for the release build. */
export function pluginBundleOptions({ root = ".", minify = true } = {}) {
	const dir = resolve(root);
	return {
		absWorkingDir: dir,
		stdin: { contents: ENTRY, resolveDir: dir, sourcefile: "main-entry.js", loader: "js" },
		bundle: true,
		external: [
			"obsidian",
			"electron",
			"@codemirror/*",
			"@lezer/*",
			...builtinModules,
			...builtinModules.map((m) => `node:${m}`),
		],
		format: "cjs",
		platform: "browser",
		target: "es2021",
		treeShaking: true,
		minify,
		legalComments: "none",
		// What esbuild would print for an ES module entry: the whole bundle runs in strict mode.
		banner: { js: '"use strict";' },
		// Keep Chinese strings as UTF-8 rather than \uXXXX escapes (half the bytes).
		charset: "utf8",
		// Short names for a few property names that never leave the bundle (see the list's rules).
		mangleProps: INTERNAL_PROPS_PATTERN,
		outfile: "main.js",
		plugins: [i18nShortKeys(dir), obsidianOnce(dir)],
	};
}
