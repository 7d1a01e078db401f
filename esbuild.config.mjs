// Bundles src/main.ts into main.js for Obsidian (desktop and mobile).
// `node esbuild.config.mjs production` builds once, minified; without it, watches.
// In watch mode, JITL_VAULT=/path/to/vault also copies the build into that vault's plugin folder.
import esbuild from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildCss } from "./scripts/build-css.mjs";
import { pluginBundleOptions } from "./scripts/plugin-bundle.mjs";

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

const options = pluginBundleOptions({ minify: production });
const context = await esbuild.context({
	...options,
	logLevel: "info",
	sourcemap: production ? false : "inline",
	plugins: [...options.plugins, installPlugin],
});

if (production) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}
