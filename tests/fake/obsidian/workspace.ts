/**
 * Obsidian's `Workspace`, reduced to a flat list of leaves in three places (main area,
 * left and right sidebars). Layout readiness is simulated: ready by default, or held
 * back until `triggerLayoutReady()` when the app is created with `layoutReady: false`.
 */
import type { App } from "./app";
import { Events } from "./events";
import { TFile } from "./files";
import { FileView, MarkdownView, View } from "./views";
import { WorkspaceLeaf, type LeafLocation } from "./workspaceLeaf";

type ViewClass<T> = abstract new (...args: never[]) => T;

/** A sidebar: collapsed or expanded. */
export class WorkspaceSidedock {
	collapsed = true;

	expand(): void {
		this.collapsed = false;
	}

	collapse(): void {
		this.collapsed = true;
	}

	toggle(): void {
		this.collapsed = !this.collapsed;
	}
}

export class Workspace extends Events {
	leftSplit = new WorkspaceSidedock();
	rightSplit = new WorkspaceSidedock();
	containerEl: HTMLElement;
	activeLeaf: WorkspaceLeaf | null = null;
	layoutReady: boolean;
	private readonly leaves: WorkspaceLeaf[] = [];
	private readonly readyCallbacks: (() => unknown)[] = [];
	private lastActiveFile: TFile | null = null;

	constructor(private readonly app: App, layoutReady = true) {
		super();
		this.layoutReady = layoutReady;
		this.containerEl = document.createElement("div");
		this.containerEl.className = "workspace";
	}

	/** Runs now when the layout is ready, else once it becomes ready. */
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Fake helper: the moment Obsidian finishes restoring the layout. */
	triggerLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
		this.trigger("layout-ready");
	}

	/** The file of the active file view, else the file that was active most recently. */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView && view.file) return view.file;
		return this.lastActiveFile && this.app.vault.getFileByPath(this.lastActiveFile.path) === this.lastActiveFile ? this.lastActiveFile : null;
	}

	getActiveViewOfType<T extends View>(type: ViewClass<T>): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	get activeEditor(): { editor: MarkdownView["editor"]; file: TFile | null } | null {
		const view = this.getActiveViewOfType(MarkdownView);
		return view ? { editor: view.editor, file: view.file } : null;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType);
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.slice()) callback(leaf);
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((l) => l.location === "main")) callback(leaf);
	}

	getMostRecentLeaf(): WorkspaceLeaf | null {
		if (this.activeLeaf?.location === "main") return this.activeLeaf;
		const main = this.leaves.filter((l) => l.location === "main");
		return main[main.length - 1] ?? null;
	}

	/** A leaf in the main area: the most recent one, or a new one when asked or none exists. */
	getLeaf(newLeaf?: boolean | "tab" | "split" | "window"): WorkspaceLeaf {
		if (!newLeaf) {
			const recent = this.getMostRecentLeaf();
			if (recent && !recent.pinned) return recent;
		}
		return this.createLeaf("main");
	}

	getRightLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.createLeaf("right");
	}

	getLeftLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.createLeaf("left");
	}

	async ensureSideLeaf(type: string, side: "left" | "right", options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: Record<string, unknown> }): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type).find((l) => l.location === side);
		const leaf = existing ?? this.createLeaf(side);
		if (!existing) await leaf.setViewState({ type, state: options?.state, active: options?.active });
		if (options?.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	/** Shows the leaf (expanding its sidebar); resolves once its view is loaded. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		if (leaf.location === "left") this.leftSplit.expand();
		if (leaf.location === "right") this.rightSplit.expand();
		await leaf.loadIfDeferred();
	}

	setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean }): void {
		void params;
		if (leaf.detached) return;
		const changed = this.activeLeaf !== leaf;
		this.activeLeaf = leaf;
		const file = leaf.view instanceof FileView ? leaf.view.file : null;
		if (file) this.lastActiveFile = file;
		if (changed) this.trigger("active-leaf-change", leaf);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	/** Opens a link; an unresolved link creates the note first, as clicking it does. */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | "tab" | "split" | "window", openViewState?: { active?: boolean }): Promise<void> {
		const path = linktext.split("#")[0];
		let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
		if (!file) {
			const folder = this.app.fileManager.getNewFileParent(sourcePath);
			const name = path.endsWith(".md") ? path : `${path}.md`;
			file = await this.app.vault.create(folder.isRoot() ? name : `${folder.path}/${name}`, "");
		}
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	/** Fake helper: open `file` in the main area and make it the active file. */
	async setActiveFile(file: TFile | null): Promise<void> {
		if (!file) {
			this.activeLeaf = null;
			this.lastActiveFile = null;
			this.trigger("active-leaf-change", null);
			this.trigger("file-open", null);
			return;
		}
		await this.getLeaf(false).openFile(file, { active: true });
	}

	requestSaveLayout(): void {}

	onLayoutChange(): void {
		this.trigger("layout-change");
	}

	/** Called by a leaf when it detaches. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		const i = this.leaves.indexOf(leaf);
		if (i >= 0) this.leaves.splice(i, 1);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = this.getMostRecentLeaf();
			this.trigger("active-leaf-change", this.activeLeaf);
		}
		this.trigger("layout-change");
	}

	private createLeaf(location: LeafLocation): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, location);
		this.leaves.push(leaf);
		this.containerEl.appendChild(leaf.containerEl);
		return leaf;
	}
}
