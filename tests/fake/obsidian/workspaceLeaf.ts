/**
 * A workspace leaf: it holds one view at a time; `setViewState` builds the view from
 * the registered factory, opens it and (when asked) makes the leaf active.
 */
import type { App } from "./app";
import { Events } from "./events";
import { TFile } from "./files";
import { EmptyView, MarkdownView, View } from "./views";

export type LeafLocation = "main" | "left" | "right";

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
	pinned?: boolean;
	group?: WorkspaceLeaf;
}

export interface OpenViewState {
	state?: Record<string, unknown>;
	eState?: Record<string, unknown>;
	active?: boolean;
	group?: WorkspaceLeaf;
}

export class WorkspaceLeaf extends Events {
	view: View;
	pinned = false;
	containerEl: HTMLElement;
	/** Which part of the window the leaf lives in. */
	readonly location: LeafLocation;
	detached = false;

	constructor(readonly app: App, location: LeafLocation) {
		super();
		this.location = location;
		this.containerEl = document.createElement("div");
		this.containerEl.className = "workspace-leaf";
		this.view = new EmptyView(this);
		this.containerEl.appendChild(this.view.containerEl);
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
	}

	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		const creator = this.app.viewRegistry.getCreator(viewState.type);
		const view = creator ? creator(this) : new EmptyView(this);
		await this.open(view);
		if (viewState.state) await view.setState(viewState.state, { history: false });
		if (eState) view.setEphemeralState(eState);
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (viewState.active) this.app.workspace.setActiveLeaf(this, { focus: true });
		this.app.workspace.trigger("layout-change");
	}

	/** Replaces the current view: the old one closes, the new one opens. */
	async open(view: View): Promise<View> {
		const old = this.view;
		this.view = view;
		await old.close();
		old.containerEl.remove();
		this.containerEl.appendChild(view.containerEl);
		await view.open();
		return view;
	}

	/** Opens a file; Markdown files get a `MarkdownView`. Becomes active unless `active: false`. */
	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		const type = file.extension === "md" ? "markdown" : (this.app.viewRegistry.getTypeByExtension(file.extension) ?? "empty");
		if (this.view instanceof MarkdownView && type === "markdown") {
			await this.view.setState({ file: file.path }, { history: true });
			if (openState?.active !== false) this.app.workspace.setActiveLeaf(this, { focus: true });
			this.app.workspace.trigger("file-open", file);
			return;
		}
		await this.setViewState({ type, state: { ...openState?.state, file: file.path }, active: openState?.active !== false }, openState?.eState);
		this.app.workspace.trigger("file-open", file);
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
	}

	togglePinned(): void {
		this.pinned = !this.pinned;
	}

	isDeferred(): boolean {
		return false;
	}

	async loadIfDeferred(): Promise<void> {}

	detach(): void {
		if (this.detached) return;
		this.detached = true;
		void this.view.close();
		this.containerEl.remove();
		this.app.workspace.removeLeaf(this);
	}
}
