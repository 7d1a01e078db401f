import type { NoteRecord } from "../../../src/core/types";

/** A NoteRecord for tests: only what a case cares about needs saying. */
export function note(path: string, opts: Partial<NoteRecord> = {}): NoteRecord {
	const basename = path.split("/").pop()!.replace(/\.md$/, "");
	return { path, basename, mtime: 1_000, frontmatter: null, tags: [], links: [], ...opts };
}

export function challenge(path: string, status: string | null, opts: Partial<NoteRecord> = {}): NoteRecord {
	return note(path, {
		tags: ["challenge"],
		frontmatter: status === null ? { tags: ["challenge"] } : { tags: ["challenge"], status },
		body: "",
		...opts,
	});
}
