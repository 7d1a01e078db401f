import { createRequire } from "node:module";
import { findFrontmatterEnd } from "../core/markdown/scan";
import type { Frontmatter } from "../core/types";
import { headLines } from "./headLines";

/**
 * Front matter for the headless report, read the way Obsidian reads it: only a
 * first line of exactly `---` opens a block, values stay as written (a date is
 * the string `2026-12-20`, never a Date that a time zone could shift), and
 * nothing in a note is ever executed.
 */

export type FrontmatterResult = { ok: true; data: Frontmatter | null } | { ok: false; error: string };

interface JsYaml {
	load(text: string, options: { schema: unknown; filename?: string }): unknown;
	JSON_SCHEMA: unknown;
}

/**
 * gray-matter's own js-yaml (3.x), found from gray-matter's location so that
 * another js-yaml hoisted to the top of node_modules cannot stand in for it.
 * `load` with an explicit schema is safe in js-yaml 3 and 4 alike.
 */
const yaml = createRequire(createRequire(import.meta.url).resolve("gray-matter"))("js-yaml") as JsYaml;

const LANGUAGE_FENCE = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*$/;

/** Parses a note's front matter. `data` is null when the note has none or it is empty. */
export function parseFrontmatter(text: string): FrontmatterResult {
	// Only the head is split: the rest of the note cannot change the front matter.
	const lines = headLines(text);
	const language = LANGUAGE_FENCE.exec(lines[0]);
	if (language) return { ok: false, error: `"---${language[1]}" front matter is not read: only YAML between "---" lines is` };
	const end = findFrontmatterEnd(lines);
	if (end === -1) return { ok: true, data: null };
	let data: unknown;
	try {
		data = parseBlock(lines.slice(1, end));
	} catch (err) {
		return { ok: false, error: firstLine(err) };
	}
	if (data === null || data === undefined) return { ok: true, data: null };
	if (typeof data !== "object" || Array.isArray(data)) return { ok: false, error: "front matter is not a set of properties" };
	return { ok: true, data: Object.keys(data).length === 0 ? null : (data as Frontmatter) };
}

/**
 * The YAML between the fences, read exactly as gray-matter 4 reads the block
 * `---\n<lines>\n---\n` with a YAML engine on JSON_SCHEMA (which the report
 * used to call, and whose results the tests pin): its YAML ends at the first
 * line starting with `---`, and a block of nothing but blank or `#` lines is
 * empty. Calling js-yaml directly skips gray-matter's copies of the whole text.
 */
function parseBlock(inner: string[]): unknown {
	const str = ["", ...inner, "---", ""].join("\n");
	const yamlText = str.slice(0, str.indexOf("\n---"));
	if (yamlText.replace(/^\s*#[^\n]+/gm, "").trim() === "") return null;
	return yaml.load(yamlText, { schema: yaml.JSON_SCHEMA });
}

function firstLine(err: unknown): string {
	const message = err instanceof Error ? err.message : String(err);
	return message.split("\n")[0].replace(/:$/, "");
}
