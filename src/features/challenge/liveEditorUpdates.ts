import type { Plugin } from "obsidian";
import { INDEX_CHANGED, type JitlContext } from "../../obsidian/JitlContext";
import { withBody } from "../../core/withBody";

/** How long typing must pause before the sidebar follows it. */
const EDIT_DELAY_MS = 300;

/**
 * Lets the sidebar follow typing in a challenge note without waiting for the
 * editor's save (a couple of seconds after the last keystroke): the note's
 * text is taken from the editor and only that note is re-derived. Properties
 * and tags still come from the metadata cache after the save.
 */
export function followEditorEdits(plugin: Plugin, ctx: JitlContext): void {
	const timers = new Map<string, number>();
	plugin.registerEvent(
		plugin.app.workspace.on("editor-change", (editor, info) => {
			const path = info.file?.path;
			if (!path || !ctx.isReady || !ctx.index.challenge(path)) return;
			window.clearTimeout(timers.get(path));
			timers.set(
				path,
				window.setTimeout(() => {
					timers.delete(path);
					updateBody(ctx, path, editor.getValue());
				}, EDIT_DELAY_MS),
			);
		}),
	);
	plugin.register(() => {
		for (const timer of timers.values()) window.clearTimeout(timer);
		timers.clear();
	});
}

function updateBody(ctx: JitlContext, path: string, text: string): void {
	const record = ctx.index.get(path);
	if (!record || record.body === text || !ctx.index.challenge(path)) return;
	ctx.index.upsert(withBody(record, text));
	ctx.events.trigger(INDEX_CHANGED);
}
