/** Small DOM helpers shared by the sidebar parts and dialogs. */
import type { PartContext } from "./PartContext";

type Classes = string | string[];
type Attrs = Record<string, string | number>;

/**
 * `parent.createDiv({ cls, text, attr })` as one short call: the views build
 * dozens of elements this way, and each call costs main.js a few bytes less.
 */
export function div(parent: HTMLElement, cls?: Classes, text?: string, attr?: Attrs): HTMLDivElement {
	return parent.createDiv({ cls, text, attr });
}

/** `parent.createSpan({ cls, text, attr })`, as `div`. */
export function span(parent: HTMLElement, cls?: Classes, text?: string, attr?: Attrs): HTMLSpanElement {
	return parent.createSpan({ cls, text, attr });
}

/** A button that runs `onClick` when clicked (a button answers Enter and Space by itself). */
export function button(parent: HTMLElement, cls: Classes | undefined, text: string | undefined, onClick: () => void, attr?: Attrs): HTMLButtonElement {
	const el = parent.createEl("button", { cls, text, attr });
	el.addEventListener("click", onClick);
	return el;
}

/**
 * Makes an element act as a button for mouse and keyboard (Enter/Space) users.
 * Without `label`, the element's own text (or a label set later) names it.
 */
export function makeActivatable(el: HTMLElement, label: string | null, onActivate: (evt: MouseEvent | KeyboardEvent) => void): void {
	el.setAttrs({ role: "button", tabindex: "0" });
	if (label !== null) el.setAttr("aria-label", label);
	el.addEventListener("click", onActivate);
	el.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter" || evt.key === " ") {
			evt.preventDefault();
			onActivate(evt);
		}
	});
}

/** Makes an element open a note when activated (Ctrl/Cmd opens it in a new tab). */
export function opensNote(el: HTMLElement, label: string, v: PartContext, path: string): void {
	makeActivatable(el, label, (evt) => void v.openNote(path, evt));
}

/** An empty-state message that says what to do next. */
export function emptyState(parent: HTMLElement, text: string, hint?: string): HTMLElement {
	const el = div(parent, "jitl-empty");
	div(el, "jitl-empty-text", text);
	if (hint) div(el, "jitl-empty-hint", hint);
	return el;
}
