import { button, div } from "./dom";

/** One button of a dialog's button row. */
export interface DialogButton {
	text: string;
	/** `mod-cta` for the main action, `mod-warning` for a destructive one. */
	cls?: string;
	onClick(): void;
}

/** The row of buttons at the bottom of a dialog, styled as Obsidian's own; returns the buttons in order. */
export function dialogButtons(parent: HTMLElement, buttons: DialogButton[]): HTMLButtonElement[] {
	const row = div(parent, "modal-button-container");
	return buttons.map((b) => button(row, b.cls, b.text, () => b.onClick()));
}
