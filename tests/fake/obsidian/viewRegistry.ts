/**
 * Which view factory builds which view type (Obsidian's internal view registry), fed
 * by `Plugin.registerView` and `registerExtensions`.
 */
import type { View } from "./views";
import { EmptyView, MarkdownView } from "./views";
import type { WorkspaceLeaf } from "./workspaceLeaf";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export class ViewRegistry {
	private readonly creators = new Map<string, ViewCreator>([
		["markdown", (leaf) => new MarkdownView(leaf)],
		["empty", (leaf) => new EmptyView(leaf)],
	]);
	private readonly extensions = new Map<string, string>([["md", "markdown"]]);

	registerView(type: string, creator: ViewCreator): void {
		if (this.creators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.creators.set(type, creator);
	}

	unregisterView(type: string): void {
		this.creators.delete(type);
	}

	getCreator(type: string): ViewCreator | undefined {
		return this.creators.get(type);
	}

	registerExtensions(extensions: string[], type: string): void {
		for (const ext of extensions) {
			if (this.extensions.has(ext)) throw new Error(`Attempting to register an existing file extension "${ext}"`);
			this.extensions.set(ext, type);
		}
	}

	unregisterExtensions(extensions: string[]): void {
		for (const ext of extensions) this.extensions.delete(ext);
	}

	getTypeByExtension(extension: string): string | undefined {
		return this.extensions.get(extension);
	}
}
