/** Small DOM helpers shared by the sidebar parts. */

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

/** An empty-state message that says what to do next. */
export function emptyState(parent: HTMLElement, text: string, hint?: string): HTMLElement {
	const el = parent.createDiv({ cls: "jitl-empty" });
	el.createDiv({ cls: "jitl-empty-text", text });
	if (hint) el.createDiv({ cls: "jitl-empty-hint", text: hint });
	return el;
}
