/**
 * The view classes plugins extend or look for: `View`, `ItemView` (header + content
 * element), `FileView`, `TextFileView` (debounced save), `MarkdownView` (with a fake
 * `Editor`) and the empty view of a fresh leaf.
 */
import { Component } from "./component";
import { Editor } from "./editor";
import { TAbstractFile, TFile } from "./files";
import { make } from "./html";
import type { WorkspaceLeaf } from "./workspaceLeaf";

export abstract class View extends Component {
	app: WorkspaceLeaf["app"];
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: unknown = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = make("div", "workspace-leaf-content");
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	async onOpen(): Promise<void> {}

	async onClose(): Promise<void> {}

	getIcon(): string {
		return this.icon;
	}

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(state: unknown, result: { history: boolean }): Promise<void> {
		void state;
		void result;
	}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(state: unknown): void {
		void state;
	}

	onResize(): void {}

	onPaneMenu(menu: unknown, source: string): void {
		void menu;
		void source;
	}

	/** Called by the leaf: component load, then `onOpen()`. */
	async open(): Promise<void> {
		this.containerEl.setAttribute("data-type", this.getViewType());
		this.load();
		await this.onOpen();
	}

	/** Called by the leaf: `onClose()`, then component unload. */
	async close(): Promise<void> {
		await this.onClose();
		this.unload();
	}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	private readonly actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		const header = make("div", "view-header", this.containerEl);
		make("div", "view-header-title", header);
		this.actionsEl = make("div", "view-actions", header);
		this.contentEl = make("div", "view-content", this.containerEl);
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const button = make("a", { cls: ["clickable-icon", "view-action"], attr: { "aria-label": title, "data-icon": icon } }, this.actionsEl);
		button.addEventListener("click", (evt) => callback(evt));
		return button;
	}
}

export class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	override navigation = true;

	getDisplayText(): string {
		return this.file ? this.file.basename : "No file";
	}

	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	override async setState(state: unknown, result: { history: boolean }): Promise<void> {
		const path = (state as { file?: string } | null)?.file;
		const file = path ? this.app.vault.getFileByPath(path) : null;
		if (file && file !== this.file) {
			if (this.file) await this.onUnloadFile(this.file);
			this.file = file;
			await this.onLoadFile(file);
		}
		await super.setState(state, result);
	}

	async onLoadFile(file: TFile): Promise<void> {
		void file;
	}

	async onUnloadFile(file: TFile): Promise<void> {
		void file;
	}

	canAcceptExtension(extension: string): boolean {
		void extension;
		return false;
	}
}

export abstract class EditableFileView extends FileView {}

/** Saves two seconds after the last change, like Obsidian's `requestSave`. */
export abstract class TextFileView extends EditableFileView {
	data = "";
	private saveTimer: number | undefined;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.registerEvent(
			this.app.vault.on("modify", (file: TAbstractFile) => {
				if (file !== this.file || this.saveTimer !== undefined) return;
				if (!(file instanceof TFile)) return;
				void this.app.vault.cachedRead(file).then((data: string) => {
					if (data !== this.getViewData()) this.setViewData(data, false);
				});
			}),
		);
	}

	requestSave = (): void => {
		if (this.saveTimer !== undefined) window.clearTimeout(this.saveTimer);
		this.saveTimer = window.setTimeout(() => {
			this.saveTimer = undefined;
			void this.save();
		}, 2000);
	};

	async save(clear?: boolean): Promise<void> {
		void clear;
		if (this.saveTimer !== undefined) window.clearTimeout(this.saveTimer);
		this.saveTimer = undefined;
		if (this.file && this.app.vault.getFileByPath(this.file.path) === this.file) {
			const data = this.getViewData();
			if (data !== (await this.app.vault.read(this.file))) await this.app.vault.modify(this.file, data);
		}
	}

	override async onLoadFile(file: TFile): Promise<void> {
		this.setViewData(await this.app.vault.read(file), true);
	}

	override async onUnloadFile(file: TFile): Promise<void> {
		void file;
		await this.save();
		this.clear();
	}

	override async onClose(): Promise<void> {
		await this.save();
	}

	abstract getViewData(): string;
	abstract setViewData(data: string, clear: boolean): void;
	abstract clear(): void;
}

export class MarkdownView extends TextFileView {
	editor: Editor;
	private mode: "source" | "preview" = "source";

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = new Editor(() => {
			this.data = this.editor.getValue();
			this.requestSave();
			this.app.workspace.trigger("editor-change", this.editor, this);
		});
	}

	getViewType(): string {
		return "markdown";
	}

	getMode(): "source" | "preview" {
		return this.mode;
	}

	/** Fake helper: switch between editing and reading view. */
	setMode(mode: "source" | "preview"): void {
		this.mode = mode;
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, clear: boolean): void {
		void clear;
		this.data = data;
		this.editor.loadValue(data);
	}

	clear(): void {
		this.data = "";
		this.editor.loadValue("");
	}

	override canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}
}
