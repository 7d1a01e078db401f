/**
 * The page the sidebar is timed on. It reuses the browser test page of
 * tests/e2e (the real plugin on the in-memory Obsidian fake, Obsidian's theme
 * and the plugin's styles.css), baking in a synthetic vault instead of the
 * demo vault. Written to a temporary folder.
 */
import esbuild from "esbuild";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../tests/build/buildMainJs";

const E2E_PAGE = join(ROOT, "tests", "e2e", "page");

export async function buildSidebarPage(files: Record<string, string>, minify = true): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), "jitl-bench-page-"));
	await esbuild.build({
		absWorkingDir: ROOT,
		entryPoints: [join(E2E_PAGE, "app.ts")],
		outfile: join(dir, "app.js"),
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2021",
		minify,
		logLevel: "warning",
		alias: { obsidian: join(ROOT, "tests", "fake", "obsidian", "index.ts") },
		define: { __DEMO_VAULT__: JSON.stringify(files) },
	});
	copyFileSync(join(ROOT, "styles.css"), join(dir, "styles.css"));
	for (const f of ["index.html", "obsidian-theme.css", "obsidian-chrome.css"]) copyFileSync(join(E2E_PAGE, f), join(dir, f));
	return dir;
}
