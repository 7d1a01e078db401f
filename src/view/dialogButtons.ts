/** One button of a dialog's button row. */
export interface DialogButton {
	text: string;
	/** `mod-cta` for the main action, `mod-warning` for a destructive one. */
	cls?: string;
	onClick(): void;
}

/** The row of buttons at the bottom of a dialog, styled as Obsidian's own; returns the buttons in order. */
export function dialogButtons(parent: HTMLElement, buttons: DialogButton[]): HTMLButtonElement[] {
	const row = parent.createDiv({ cls: "modal-button-container" });
	return buttons.map((b) => {
		const el = row.createEl("button", { cls: b.cls ?? [], text: b.text });
		el.addEventListener("click", () => b.onClick());
		return el;
	});
}
