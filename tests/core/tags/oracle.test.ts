import { describe, expect, it } from "vitest";
import { inlineTagOccurrences, noteTags, normalizeTag } from "../../../src/core/tags";
import { loadRecordedNotes } from "../../fixtures/obsidian-recorded/loadOracles";

/**
 * Conformance with real Obsidian (recorded notes, see the fixtures' README).
 * The core is allowed to find more than Obsidian in front matter (legacy `tag:`
 * keys and comma strings, which Obsidian 1.9 dropped) but must find every tag
 * Obsidian reports, and in the body exactly the ones Obsidian reports.
 */
const notes = loadRecordedNotes();

describe("tags against recorded Obsidian metadata", () => {
	it("has the recorded notes", () => {
		expect(notes.length).toBe(89);
	});

	describe.each(notes.map((n) => [n.name, n] as const))("%s", (_name, note) => {
		it("noteTags includes every tag of getAllTags", () => {
			const ours = noteTags(note.cachedMetadata.frontmatter ?? null, note.fileContents);
			const theirs = note.getAllTags.map((t) => normalizeTag(t));
			for (const t of theirs) expect(ours).toContain(t);
		});

		it("finds exactly the inline tags Obsidian found, at the same places", () => {
			const ours = inlineTagOccurrences(note.fileContents).map((o) => `${o.line}:${o.col}:${o.tag}`);
			const theirs = (note.cachedMetadata.tags ?? []).map(
				(t) => `${t.position.start.line}:${t.position.start.col}:${t.tag}`,
			);
			expect(ours).toEqual(theirs);
		});
	});
});
