import { MarkdownView } from "obsidian";
import type { JitlContext } from "../JitlContext";

/**
 * Saves every editor showing `path`. An editor saves its text a moment after
 * typing stops; a write made meanwhile would read the file without the latest
 * keystrokes, and the editor's late save would then overwrite the write.
 * Saving first keeps both. Called inside the per-file write queue.
 */
export async function saveOpenEditors(ctx: JitlContext, path: string): Promise<void> {
	const saves: Promise<void>[] = [];
	ctx.app.workspace.iterateAllLeaves((leaf) => {
		if (leaf.view instanceof MarkdownView && leaf.view.file?.path === path) saves.push(leaf.view.save());
	});
	// A failed save is the editor's to report; the write that follows reads whatever is on disk.
	await Promise.allSettled(saves);
}
