/**
 * The handle the test page puts on `window.jitl`, so tests can read notes and
 * run commands the way Obsidian would, while clicking and typing like a user.
 */
export interface JitlPage {
	/** True once the plugin loaded, the index is built and the sidebar rendered. */
	ready: boolean;
	/** The fake Obsidian app and the real plugin instance (for ad-hoc inspection). */
	app: unknown;
	plugin: unknown;
	language: string;
	/** Today's local day as the plugin sees it. */
	today(): string;
	readNote(path: string): Promise<string | null>;
	listNotes(): string[];
	/** Runs a plugin command by its short id (`park-idea`); false when it does not apply. */
	runCommand(id: string): boolean;
	/** Opens a note in the main area's editor stand-in. */
	openNote(path: string): Promise<void>;
	/** Path of the note in the main area, if any. */
	activePath(): string | null;
	/** Closes the sidebar view and opens it again (Obsidian re-creating the view). */
	reopenSidebar(): Promise<void>;
	/** Waits for background work (metadata, index, debounced render) to finish. */
	settle(): Promise<void>;
	/** Appends `text` to a note through the vault, as another plugin or a sync would. */
	touchNote(path: string, text: string): Promise<void>;
	/** Texts of the notices shown so far. */
	notices(): string[];
}
