/**
 * The production main.js, built with the project's own esbuild.config.mjs so
 * that what the tests load is what a release ships. Rebuilt only when missing,
 * not minified (a watch build), or older than a source or the build config.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { newestMtime } from "../../scripts/newest-mtime.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const MAIN_JS = join(ROOT, "main.js");

function isFresh(): boolean {
	if (!existsSync(MAIN_JS)) return false;
	const built = statSync(MAIN_JS).mtimeMs;
	const inputs = ["src", "scripts", "esbuild.config.mjs", "package-lock.json"].map((p) => newestMtime(join(ROOT, p)));
	if (built < Math.max(...inputs)) return false;
	// A watch build is not minified and carries an inline source map.
	return !readFileSync(MAIN_JS, "utf8").includes("sourceMappingURL=");
}

/** Builds main.js for production unless it is already fresh (or `force`); returns its path. */
export function buildMainJs(force = false): string {
	if (force || !isFresh()) {
		execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: "pipe" });
	}
	return MAIN_JS;
}
