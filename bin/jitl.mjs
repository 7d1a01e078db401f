#!/usr/bin/env node
// `jitl`: runs the bundled report, dist/jitl.mjs. In a checkout, it first
// rebuilds the bundle when it is missing or older than the sources, so
// `npx jitl` always runs the code in src/.
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { newestMtime } from "../scripts/newest-mtime.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "jitl.mjs");
const sources = [join(root, "src", "cli"), join(root, "src", "core"), join(root, "scripts", "build-cli.mjs")];

const haveSources = existsSync(join(root, "src", "cli", "entry.ts"));
if (haveSources && (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sources.map(newestMtime)))) {
	try {
		// eslint-disable-next-line no-unsanitized/method -- a fixed path beside this file
		const { buildCli } = await import(pathToFileURL(join(root, "scripts", "build-cli.mjs")).href);
		await buildCli();
	} catch (err) {
		process.stderr.write(`jitl: could not build ${bundle}: ${err instanceof Error ? err.message : String(err)}\n`);
		process.stderr.write("Run `npm ci` in the plugin's folder first (esbuild is a dev dependency).\n");
		process.exit(1);
	}
}
if (!existsSync(bundle)) {
	process.stderr.write(`jitl: ${bundle} is missing; build it with \`node scripts/build-cli.mjs\`.\n`);
	process.exit(1);
}
// eslint-disable-next-line no-unsanitized/method -- a fixed path beside this file
await import(pathToFileURL(bundle).href);
