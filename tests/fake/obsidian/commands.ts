/**
 * The app's command registry (internal `app.commands` in Obsidian). Running a command
 * follows Obsidian: editor commands need an active Markdown view; check callbacks are
 * asked first (`checking = true`) and run only when they return true.
 */
import type { App } from "./app";
import type { Editor } from "./editor";
import { MarkdownView } from "./views";

export interface Command {
	id: string;
	name: string;
	icon?: string;
	mobileOnly?: boolean;
	repeatable?: boolean;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
	hotkeys?: unknown[];
}

export class Commands {
	commands: Record<string, Command> = {};

	constructor(private readonly app: App) {}

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}

	listCommands(): Command[] {
		return Object.values(this.commands);
	}

	/** Whether the command would run now (what the command palette shows). */
	isAvailable(id: string): boolean {
		const command = this.commands[id];
		if (!command) return false;
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		if (command.editorCheckCallback) return !!view && !!command.editorCheckCallback(true, view.editor, view);
		if (command.editorCallback) return !!view;
		if (command.checkCallback) return !!command.checkCallback(true);
		return !!command.callback;
	}

	/** Runs a command by its full id (`plugin-id:command-id`); false when unavailable. */
	executeCommandById(id: string): boolean {
		const command = this.commands[id];
		if (!command || !this.isAvailable(id)) return false;
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		if (command.editorCheckCallback && view) command.editorCheckCallback(false, view.editor, view);
		else if (command.editorCallback && view) void command.editorCallback(view.editor, view);
		else if (command.checkCallback) command.checkCallback(false);
		else void command.callback?.();
		return true;
	}
}
