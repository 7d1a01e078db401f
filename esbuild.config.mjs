// Bundles src/main.ts into main.js for Obsidian (desktop and mobile).
// `node esbuild.config.mjs production` builds once, minified; without it, watches.
// In watch mode, JITL_VAULT=/path/to/vault also copies the build into that vault's plugin folder.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildCss } from "./scripts/build-css.mjs";
import { i18nShortKeys } from "./scripts/i18n-short-keys.mjs";
import { obsidianOnce } from "./scripts/obsidian-once.mjs";

const production = process.argv[2] === "production";
const PLUGIN_ID = "just-in-time-learning";

function installInto(vault) {
	const dir = join(vault, ".obsidian", "plugins", PLUGIN_ID);
	mkdirSync(dir, { recursive: true });
	for (const f of ["main.js", "manifest.json", "styles.css"]) copyFileSync(f, join(dir, f));
	console.log(`installed into ${dir}`);
}

const installPlugin = {
	name: "install-into-vault",
	setup(build) {
		build.onEnd((result) => {
			buildCss();
			if (result.errors.length === 0 && process.env.JITL_VAULT) installInto(process.env.JITL_VAULT);
		});
	},
};

// The plugin class reaches Obsidian as `exports.default`. Written out here, it
// costs one line; exported from src/main.ts as the entry, esbuild would add its
// ESM-to-CommonJS helpers (about 400 bytes) to do the same.
const entry = [
	'import JitlPlugin from "./src/main";',
	'Object.defineProperty(exports, "__esModule", { value: true });',
	"exports.default = JitlPlugin;",
].join("\n");

const context = await esbuild.context({
	stdin: { contents: entry, resolveDir: ".", sourcefile: "main-entry.js", loader: "js" },
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
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	legalComments: "none",
	// What esbuild would print for an ES module entry: the whole bundle runs in strict mode.
	banner: { js: '"use strict";' },
	// Keep Chinese strings as UTF-8 rather than \uXXXX escapes (half the bytes).
	charset: "utf8",
	outfile: "main.js",
	plugins: [i18nShortKeys(), obsidianOnce(), installPlugin],
});

if (production) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}
