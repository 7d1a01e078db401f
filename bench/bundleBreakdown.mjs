// What main.js is made of: bytes in the minified bundle per package and per
// source folder, from an esbuild metafile of the same build (nothing written).
// The options mirror esbuild.config.mjs without its esbuild plugins (that file
// builds when imported), so the total is approximate; the shares are what count.
import esbuild from "esbuild";
import { builtinModules } from "node:module";

function groupOf(input) {
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
	if (pkg) return pkg[1];
	return input.split("/").slice(0, 3).join("/");
}

/** Bytes of the production bundle, and its largest groups and files. */
export async function bundleBreakdown(root) {
	const result = await esbuild.build({
		absWorkingDir: root,
		entryPoints: ["src/main.ts"],
		bundle: true,
		external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
		format: "cjs",
		platform: "browser",
		target: "es2021",
		treeShaking: true,
		minify: true,
		legalComments: "none",
		charset: "utf8",
		write: false,
		metafile: true,
		outfile: "main.js",
		logLevel: "silent",
	});
	const output = Object.values(result.metafile.outputs)[0];
	const files = Object.entries(output.inputs).map(([path, v]) => ({ path, bytes: v.bytesInOutput }));
	const groups = new Map();
	for (const f of files) groups.set(groupOf(f.path), (groups.get(groupOf(f.path)) ?? 0) + f.bytes);
	const byBytes = (a, b) => b.bytes - a.bytes;
	return {
		bytes: output.bytes,
		groups: [...groups].map(([group, bytes]) => ({ group, bytes })).sort(byBytes),
		files: files.sort(byBytes).slice(0, 15),
	};
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
	process.stdout.write(`${JSON.stringify(await bundleBreakdown(process.cwd()), null, 1)}\n`);
}
