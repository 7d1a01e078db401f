// Builds the browser test page into test-results/e2e-page/: the real plugin
// (src/main.ts) and sidebar, bundled for the browser with the in-memory
// Obsidian fake in place of `obsidian`, the demo vault's notes baked in, the
// plugin's real styles.css and a stand-in for Obsidian's default theme.
// Run from anywhere: `node tests/e2e/build.mjs`.
import esbuild from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCss } from "../../scripts/build-css.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
export const PAGE_DIR = join(root, "test-results", "e2e-page");

/** Every Markdown note of the demo vault, by vault path; hidden folders (.obsidian) left out. */
export function readDemoVault(dir = join(root, "demo-vault")) {
	const notes = {};
	const walk = (folder) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith(".md")) notes[relative(dir, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return notes;
}

export async function buildPage() {
	const previous = process.cwd();
	process.chdir(root);
	try {
		buildCss();
	} finally {
		process.chdir(previous);
	}
	mkdirSync(PAGE_DIR, { recursive: true });
	const notes = readDemoVault();
	await esbuild.build({
		absWorkingDir: root,
		entryPoints: [join(here, "page", "app.ts")],
		outfile: join(PAGE_DIR, "app.js"),
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2021",
		sourcemap: "inline",
		logLevel: "warning",
		alias: { obsidian: join(root, "tests", "fake", "obsidian", "index.ts") },
		define: { __DEMO_VAULT__: JSON.stringify(notes) },
	});
	copyFileSync(join(root, "styles.css"), join(PAGE_DIR, "styles.css"));
	for (const f of ["index.html", "obsidian-theme.css", "obsidian-chrome.css"]) copyFileSync(join(here, "page", f), join(PAGE_DIR, f));
	writeFileSync(join(PAGE_DIR, "notes.json"), JSON.stringify(Object.keys(notes), null, "\t"));
	return { dir: PAGE_DIR, notes: Object.keys(notes).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { dir, notes } = await buildPage();
	process.stdout.write(`e2e page built in ${relative(process.cwd(), dir) || "."} with ${notes} demo notes\n`);
}
