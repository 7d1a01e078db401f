import { indexConfigFrom, type IndexConfig } from "../core/index/config";
import { buildPathLookup, linkResolver } from "../core/links";
import { DEFAULT_SETTINGS } from "../core/settings";
import type { NoteRecord } from "../core/types";
import { noteRecord, type BrokenFile } from "./noteRecord";
import { readNoteFile } from "./readNoteFile";
import { KEEP_ALL, type Relevance } from "./relevance";
import { listMarkdownFiles } from "./walk";

export type { BrokenFile } from "./noteRecord";

/**
 * Reads a vault folder from disk into the records the index expects, as the
 * plugin builds them from Obsidian's metadata cache. Front matter that cannot be
 * read is reported and the note left out, so one bad file never stops a report.
 */

export interface VaultContents {
	records: NoteRecord[];
	broken: BrokenFile[];
}

/**
 * Records every note, or with `relevance` only the ones an index keeps (the
 * report's case: see relevance.ts). Files are read one after the other,
 * synchronously: from a warm disk cache that is several times quicker than
 * Node's thread pool (a round trip per open, stat, read and close), and a
 * report has nothing else to do while it waits.
 */
export async function readVault(
	folder: string,
	config: IndexConfig = indexConfigFrom(DEFAULT_SETTINGS),
	relevance: Relevance = KEEP_ALL,
): Promise<VaultContents> {
	const files = listMarkdownFiles(folder);
	const resolve = linkResolver(buildPathLookup(files.map((f) => f.path)));
	const ctx = { resolve, challengeTag: config.challengeTag, relevance };
	const records: NoteRecord[] = [];
	const broken: BrokenFile[] = [];
	for (const file of files) {
		const note = readNoteFile(file.abs);
		const record = note && noteRecord(file.path, note, ctx);
		if (!record) continue;
		if ("error" in record) broken.push(record);
		else records.push(record);
	}
	return { records, broken };
}
