// Joins src/styles/*.css into the root styles.css that Obsidian loads.
// base.css comes first, then the parts in sidebar order.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CSS_ORDER = ["base", "challenge", "parking", "practice"];

/** The stylesheet text, without writing it. */
export function renderCss() {
	const parts = CSS_ORDER.filter((n) => existsSync(`src/styles/${n}.css`)).map(
		(n) => `/* ---- ${n} ---- */\n${readFileSync(`src/styles/${n}.css`, "utf8").trim()}\n`,
	);
	return `/* Just-in-Time Learning. Built from src/styles/ by scripts/build-css.mjs; edit those files. */\n\n${parts.join("\n")}`;
}

export function buildCss() {
	const css = renderCss();
	writeFileSync("styles.css", css);
	return css;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildCss();
