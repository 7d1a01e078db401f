import type { Component } from "obsidian";
import type { JitlContext } from "../obsidian/JitlContext";

/** What a sidebar part needs besides the model: services, a component owning rendered Markdown, navigation. */
export interface PartContext {
	ctx: JitlContext;
	/** Owns children such as rendered Markdown; unloaded with the view. */
	component: Component;
	/** Opens a note (optionally at a 0-based line) in the main area; Ctrl/Cmd-click opens a new tab. */
	openNote(path: string, opts?: { line?: number; newLeaf?: boolean }): Promise<void>;
	/** Asks the view to re-render soon (after a local action, before the index catches up). */
	requestRender(): void;
}
