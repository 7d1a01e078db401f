import { extractLinksFromScan, frontmatterLinks } from "../core/links";
import { scanNote } from "../core/markdown/scan";
import { hasTag, noteTags } from "../core/tags";
import { inlineTagsInScan } from "../core/tags/inlineTags";
import type { NoteRecord } from "../core/types";
import { parseFrontmatter } from "./frontmatter";
import type { NoteFile } from "./readNoteFile";
import { mayNameTag, type Relevance } from "./relevance";

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
	relevance: Relevance;
}

/**
 * One note's record, as the plugin builds it from Obsidian's metadata cache:
 * front matter, tags (front matter first, then the body's), resolved links
 * when they matter, and the body of a challenge. Null for a note the index
 * would not keep; the body of such a note is not even scanned when its front
 * matter does not keep it and its text names none of the tags that could.
 */
export function noteRecord(path: string, note: NoteFile, ctx: RecordContext): NoteRecord | BrokenFile | null {
	const { text } = note;
	const { relevance } = ctx;
	const fm = parseFrontmatter(text);
	if (!fm.ok) return { path, error: fm.error };
	const tagSet = new Set(noteTags(fm.data));
	if (!relevance.kept(path, [...tagSet]) && !mayNameTag(text, relevance.keyTags)) return null;
	const scan = scanNote(text);
	for (const tag of inlineTagsInScan(scan)) tagSet.add(tag);
	const tags = [...tagSet];
	if (!relevance.kept(path, tags)) return null;
	const links = new Set<string>();
	if (relevance.needsLinks(path, tags)) {
		for (const targets of [frontmatterLinks(fm.data), extractLinksFromScan(scan)]) {
			for (const target of targets) {
				const dest = ctx.resolve(target, path);
				if (dest) links.add(dest);
			}
		}
	}
	const record: NoteRecord = {
		path,
		basename: path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, ""),
		mtime: note.mtime,
		frontmatter: fm.data,
		tags,
		links: [...links],
	};
	if (hasTag(tags, ctx.challengeTag)) record.body = text;
	return record;
}
