// Bundles the headless report (src/cli/entry.ts) into dist/jitl.mjs for Node.
// Not part of the plugin: the plugin bundle is built by esbuild.config.mjs.
// gray-matter (and the js-yaml it brings) stay external: they are runtime
// dependencies, loaded from node_modules.
import esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_OUTFILE = join(root, "dist", "jitl.mjs");

export async function buildCli() {
	await esbuild.build({
		absWorkingDir: root,
		entryPoints: ["src/cli/entry.ts"],
		outfile: CLI_OUTFILE,
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		external: ["gray-matter", "js-yaml"],
		legalComments: "none",
		logLevel: "warning",
	});
	return CLI_OUTFILE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const out = await buildCli();
	process.stdout.write(`built ${out}\n`);
}
