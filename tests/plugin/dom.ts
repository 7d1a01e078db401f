/**
 * What the adapter tests look up in the DOM and do to it as a user would:
 * the sidebar's parts, a file menu, the open modal, its buttons, typing and
 * key presses.
 */
import { flush, Menu, openModals } from "../fake/obsidian/index";
import type { Modal } from "../fake/obsidian/modal";
import type { SidebarView } from "../../src/view/SidebarView";
import type { Harness } from "./harness";

/** A sidebar part's body by its id ("challenge", "topics", "justInCase", "practice"). */
export function partBody(view: SidebarView, id: string): HTMLElement {
	const el = view.contentEl.querySelector<HTMLElement>(`.jitl-part-${id} .jitl-part-body`);
	if (!el) throw new Error(`no part ${id}`);
	return el;
}

/** A sidebar part's header count element (hidden when there is nothing to count). */
export function partCount(view: SidebarView, id: string): HTMLElement {
	const el = view.contentEl.querySelector<HTMLElement>(`.jitl-part-${id} .jitl-part-count`);
	if (!el) throw new Error(`no count for part ${id}`);
	return el;
}

/** Opens the sidebar and returns a part's body once the Markdown in it (drawn later) is done. */
export async function openPart(h: Harness, id: string): Promise<HTMLElement> {
	const view = await h.openSidebar();
	await flush();
	return partBody(view, id);
}

/** Renders the open sidebar again from the index as it is now and returns a part's body. */
export async function renderPart(h: Harness, id: string): Promise<HTMLElement> {
	const view = h.view();
	if (!view) throw new Error("sidebar not open");
	view.render();
	await flush();
	return partBody(view, id);
}

/** The menu Obsidian shows for this path in the file explorer, filled by every feature. */
export function fileMenu(h: Harness, path: string): Menu {
	const menu = new Menu();
	h.app.workspace.trigger("file-menu", menu, h.app.vault.getAbstractFileByPath(path), "file-explorer");
	return menu;
}

/** The modal opened last. */
export function lastModal(): Modal {
	const m = openModals[openModals.length - 1];
	if (!m) throw new Error("no modal is open");
	return m;
}

/** The button with exactly this text inside `root`. */
export function buttonNamed(root: HTMLElement, text: string): HTMLButtonElement {
	const button = [...root.querySelectorAll("button")].find((b) => b.textContent === text);
	if (!button) throw new Error(`no button "${text}"`);
	return button;
}

/** Clicks the button with this text in the modal. */
export function clickButton(modal: Modal, text: string): void {
	buttonNamed(modal.contentEl, text).click();
}

/** Types into an input as a user would: sets the value and fires `input`. */
export function type(input: HTMLInputElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Presses a key on the element (a bubbling, cancelable keydown). */
export function press(el: HTMLElement, key: string, init: KeyboardEventInit = {}): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
}
