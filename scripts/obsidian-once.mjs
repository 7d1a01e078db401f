// esbuild plugin: one `require("obsidian")` for the whole bundle.
// In a CommonJS bundle, esbuild gives every source file that imports from an
// external module its own `var x = require("obsidian")`, and every use becomes
// `x.Notice`. This plugin routes all those imports through one small module
// that reads each name the source imports from obsidian once, so the bundle
// holds a single require and uses the names directly.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const NAMESPACE = "obsidian-once";

function sourceFiles(dir) {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
	});
}

/** Every value (not type-only) name imported from "obsidian" in src/, sorted. */
export function obsidianImports(root = ".") {
	const names = new Set();
	for (const file of sourceFiles(join(root, "src"))) {
		const source = readFileSync(file, "utf8");
		for (const m of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*["']obsidian["']/g)) {
			if (m[1]) continue;
			for (const spec of m[2].split(",")) {
				const name = spec.trim().split(/\s+as\s+/)[0];
				if (name !== "" && !name.startsWith("type ")) names.add(name);
			}
		}
		if (/import\s+(?:\*|\w+)\s*(?:as\s+\w+\s*)?from\s*["']obsidian["']|require\(\s*["']obsidian["']\s*\)/.test(source)) {
			throw new Error(`obsidian-once: ${file} imports obsidian other than by name; import the names it uses instead`);
		}
	}
	return [...names].sort();
}

export function obsidianOnce(root = ".") {
	return {
		name: NAMESPACE,
		setup(build) {
			build.onResolve({ filter: /^obsidian$/ }, (args) =>
				args.namespace === NAMESPACE ? { path: "obsidian", external: true } : { path: "obsidian", namespace: NAMESPACE },
			);
			build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({
				contents: `export const { ${obsidianImports(root).join(", ")} } = require("obsidian");`,
				loader: "js",
			}));
		},
	};
}
