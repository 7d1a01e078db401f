import { describe, expect, it } from "vitest";
import { parseActionItems } from "../../../src/core/actionItems";
import { loadRecordedNotes } from "../../fixtures/obsidian-recorded/loadOracles";
import type { RecordedListItem } from "../../fixtures/obsidian-recorded/loadOracles";

/**
 * Conformance with real Obsidian (recorded notes, see the fixtures' README):
 * the core reads as tasks exactly the list items Obsidian marks as tasks, with
 * the same status character and the same nesting depth.
 */
const notes = loadRecordedNotes();

/** Depth of a recorded list item: how many list items it sits in. */
function recordedDepth(items: RecordedListItem[], item: RecordedListItem): number {
	const byLine = new Map(items.map((li) => [li.position.start.line, li]));
	let depth = 0;
	for (let p = item.parent; p >= 0; depth++) p = byLine.get(p)?.parent ?? -1;
	return depth;
}

describe("action items against recorded Obsidian metadata", () => {
	it("covers notes with tasks in every shape", () => {
		const withTasks = notes.filter((n) => (n.cachedMetadata.listItems ?? []).some((li) => li.task !== undefined));
		expect(withTasks.length).toBeGreaterThan(70);
	});

	describe.each(notes.map((n) => [n.name, n] as const))("%s", (_name, note) => {
		const recorded = note.cachedMetadata.listItems ?? [];
		const tasks = recorded.filter((li) => li.task !== undefined);

		it("reads the same task lines with the same status char", () => {
			const ours = parseActionItems(note.fileContents).map((a) => `${a.line}:[${a.statusChar}]`);
			expect(ours).toEqual(tasks.map((li) => `${li.position.start.line}:[${li.task}]`));
		});

		it("nests each task as deep as Obsidian does", () => {
			const ours = parseActionItems(note.fileContents).map((a) => `${a.line}:${a.depth}`);
			expect(ours).toEqual(tasks.map((li) => `${li.position.start.line}:${recordedDepth(recorded, li)}`));
		});
	});
});
