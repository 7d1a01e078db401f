import { extractLinksFromScan, frontmatterLinks } from "../core/links";
import { scanNote } from "../core/markdown/scan";
import { hasTag, noteTags } from "../core/tags";
import { inlineTagsInScan } from "../core/tags/inlineTags";
import type { NoteRecord } from "../core/types";
import { parseFrontmatter } from "./frontmatter";
import type { NoteFile } from "./readNoteFile";

/** A note left out of the report, and why. */
export interface BrokenFile {
	path: string;
	error: string;
}

/** What turning notes into records needs to know about the whole vault. */
export interface RecordContext {
	/** Vault path a link of the note at `sourcePath` points to, or null. */
	resolve(linkpath: string, sourcePath: string): string | null;
	challengeTag: string;
}

/**
 * One note's record, as the plugin builds it from Obsidian's metadata cache:
 * front matter, tags (front matter first, then the body's), resolved links, and
 * the body of a challenge. The body is scanned once, for tags and links alike.
 */
export function noteRecord(path: string, note: NoteFile, ctx: RecordContext): NoteRecord | BrokenFile {
	const { text } = note;
	const fm = parseFrontmatter(text);
	if (!fm.ok) return { path, error: fm.error };
	const scan = scanNote(text);
	const tags = new Set(noteTags(fm.data));
	for (const tag of inlineTagsInScan(scan)) tags.add(tag);
	const links = new Set<string>();
	for (const targets of [frontmatterLinks(fm.data), extractLinksFromScan(scan)]) {
		for (const target of targets) {
			const dest = ctx.resolve(target, path);
			if (dest) links.add(dest);
		}
	}
	const record: NoteRecord = {
		path,
		basename: path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, ""),
		mtime: note.mtime,
		frontmatter: fm.data,
		tags: [...tags],
		links: [...links],
	};
	if (hasTag(record.tags, ctx.challengeTag)) record.body = text;
	return record;
}
