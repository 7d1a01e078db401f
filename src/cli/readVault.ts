import { readFile } from "node:fs/promises";
import { indexConfigFrom, type IndexConfig } from "../core/index/config";
import { buildPathLookup, extractLinks, frontmatterLinks, resolveLinkpath } from "../core/links";
import { DEFAULT_SETTINGS } from "../core/settings";
import { hasTag, noteTags } from "../core/tags";
import type { NoteRecord } from "../core/types";
import { parseFrontmatter } from "./frontmatter";
import { listMarkdownFiles } from "./walk";

/**
 * Reads a vault folder from disk into the records the index expects, as the
 * plugin builds them from Obsidian's metadata cache. Front matter that cannot be
 * read is reported and the note left out, so one bad file never stops a report.
 */

export interface BrokenFile {
	path: string;
	error: string;
}

export interface VaultContents {
	records: NoteRecord[];
	broken: BrokenFile[];
}

export async function readVault(folder: string, config: IndexConfig = indexConfigFrom(DEFAULT_SETTINGS)): Promise<VaultContents> {
	const files = await listMarkdownFiles(folder);
	const lookup = buildPathLookup(files.map((f) => f.path));
	const records: NoteRecord[] = [];
	const broken: BrokenFile[] = [];
	const texts = await readAll(files.map((f) => f.abs));
	for (const [i, file] of files.entries()) {
		const text = texts[i];
		const fm = parseFrontmatter(text);
		if (!fm.ok) {
			broken.push({ path: file.path, error: fm.error });
			continue;
		}
		const tags = noteTags(fm.data, text);
		const links = new Set<string>();
		for (const target of [...frontmatterLinks(fm.data), ...extractLinks(text)]) {
			const dest = resolveLinkpath(target, file.path, lookup);
			if (dest) links.add(dest);
		}
		const record: NoteRecord = {
			path: file.path,
			basename: file.path.slice(file.path.lastIndexOf("/") + 1).replace(/\.md$/i, ""),
			mtime: file.mtime,
			frontmatter: fm.data,
			tags,
			links: [...links],
		};
		if (hasTag(tags, config.challengeTag)) record.body = text;
		records.push(record);
	}
	return { records, broken };
}

/** Reads files a batch at a time: parallel enough to be quick, few enough handles for any OS limit. */
async function readAll(paths: string[], batch = 64): Promise<string[]> {
	const out: string[] = [];
	for (let i = 0; i < paths.length; i += batch) {
		const texts = await Promise.all(paths.slice(i, i + batch).map((p) => readFile(p, "utf8")));
		out.push(...texts.map(stripBom));
	}
	return out;
}

function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
