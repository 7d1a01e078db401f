import matter from "gray-matter";
import { createRequire } from "node:module";
import { findFrontmatterEnd } from "../core/markdown/scan";
import type { Frontmatter } from "../core/types";
import { headLines } from "./headLines";
import { parseSimpleYaml } from "./simpleYaml";

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

function refuse(language: string): () => never {
	return () => {
		throw new Error(`${language} front matter is not supported; only YAML is read`);
	};
}

const OPTIONS = {
	language: "yaml",
	engines: {
		// JSON_SCHEMA: plain scalars, lists and maps; no timestamps, no custom tags.
		yaml: { parse: (text: string) => yaml.load(text, { schema: yaml.JSON_SCHEMA }) as object },
		javascript: refuse("JavaScript"),
		js: refuse("JavaScript"),
		coffee: refuse("CoffeeScript"),
		json: refuse("JSON"),
		toml: refuse("TOML"),
	},
};

const LANGUAGE_FENCE = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*$/;

/** Parses a note's front matter. `data` is null when the note has none or it is empty. */
export function parseFrontmatter(text: string): FrontmatterResult {
	// Only the head is split: the rest of the note cannot change the front matter.
	const lines = headLines(text);
	const language = LANGUAGE_FENCE.exec(lines[0]);
	if (language) return { ok: false, error: `"---${language[1]}" front matter is not read: only YAML between "---" lines is` };
	const end = findFrontmatterEnd(lines);
	if (end === -1) return { ok: true, data: null };
	const inner = lines.slice(1, end);
	let data: unknown = parseSimpleYaml(inner);
	if (data === undefined) {
		try {
			// Hand gray-matter exactly the block Obsidian sees (its own end detection differs).
			data = matter(["---", ...inner, "---", ""].join("\n"), OPTIONS).data;
		} catch (err) {
			return { ok: false, error: firstLine(err) };
		}
	}
	if (data === null || data === undefined) return { ok: true, data: null };
	if (typeof data !== "object" || Array.isArray(data)) return { ok: false, error: "front matter is not a set of properties" };
	return { ok: true, data: Object.keys(data).length === 0 ? null : (data as Frontmatter) };
}

function firstLine(err: unknown): string {
	const message = err instanceof Error ? err.message : String(err);
	return message.split("\n")[0].replace(/:$/, "");
}
