/**
 * `Modal`: `open()` attaches it to the page and calls `onOpen()`; `close()` detaches
 * it and calls `onClose()`. Open modals are listed in `openModals`.
 */
import { make, setContent } from "./html";
import { Scope } from "./scope";

export const openModals: Modal[] = [];

export class Modal {
	app: unknown;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	private closeCallback?: () => unknown;

	constructor(app: unknown) {
		this.app = app;
		this.scope = new Scope();
		this.containerEl = make("div", "modal-container");
		make("div", "modal-bg", this.containerEl);
		this.modalEl = make("div", "modal", this.containerEl);
		const close = make("div", "modal-close-button", this.modalEl);
		close.addEventListener("click", () => this.close());
		const header = make("div", "modal-header", this.modalEl);
		this.titleEl = make("div", "modal-title", header);
		this.contentEl = make("div", "modal-content", this.modalEl);
	}

	open(): void {
		if (openModals.includes(this)) return;
		document.body.appendChild(this.containerEl);
		openModals.push(this);
		void this.onOpen();
	}

	close(): void {
		const i = openModals.indexOf(this);
		if (i < 0) return;
		openModals.splice(i, 1);
		this.containerEl.remove();
		this.onClose();
		this.closeCallback?.();
	}

	onOpen(): void | Promise<void> {}

	onClose(): void {}

	setTitle(title: string): this {
		setContent(this.titleEl, title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		setContent(this.contentEl, content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}
