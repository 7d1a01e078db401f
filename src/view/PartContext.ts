import type { Component } from "obsidian";
import type { JitlContext } from "../obsidian/JitlContext";

/** What a sidebar part needs besides the model: services, a component owning rendered Markdown, navigation. */
export interface PartContext {
	ctx: JitlContext;
	/** Owns children such as rendered Markdown; unloaded with the view. */
	component: Component;
	/**
	 * Opens a note (optionally at a 0-based line) in the main area, from the
	 * click or key press that asked for it: with Ctrl/Cmd, in a new tab.
	 */
	openNote(path: string, evt: MouseEvent | KeyboardEvent, line?: number): Promise<void>;
	/** Asks the view to re-render soon (after a local action, before the index catches up). */
	requestRender(): void;
}
