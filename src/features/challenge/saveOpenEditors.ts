import { MarkdownView } from "obsidian";
import type { JitlContext } from "../../obsidian/JitlContext";

/**
 * Queues a save of every editor showing `path`, ahead of the write queued right
 * after it. An editor saves its text a moment after typing stops; a write made
 * meanwhile would read the file without the latest keystrokes, and the editor's
 * late save would then overwrite the write. Saving first keeps both.
 */
export function saveOpenEditors(ctx: JitlContext, path: string): void {
	void ctx.writes.run(path, async () => {
		const saves: Promise<void>[] = [];
		ctx.app.workspace.iterateAllLeaves((leaf) => {
			if (leaf.view instanceof MarkdownView && leaf.view.file?.path === path) saves.push(leaf.view.save());
		});
		// A failed save is the editor's to report; the write that follows reads whatever is on disk.
		await Promise.allSettled(saves);
	});
}
