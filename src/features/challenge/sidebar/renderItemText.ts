import { type Component, MarkdownRenderer } from "obsidian";
import type { PartContext } from "../../../view/PartContext";
import { wantsNewTab } from "./openTarget";

/**
 * Renders an item's text as Markdown. Links inside work as in a note: internal
 * ones open through the workspace (a rendered link in a view does not navigate
 * by itself), external ones keep the browser's default. A click anywhere else
 * on the text asks for the item's line in the note.
 */
export function renderItemText(
	el: HTMLElement,
	markdown: string,
	sourcePath: string,
	v: PartContext,
	owner: Component,
	onTextClick: (evt: MouseEvent) => void,
): void {
	void MarkdownRenderer.render(v.ctx.app, markdown, el, sourcePath, owner);
	el.addEventListener("click", (evt) => {
		// instanceOf, not instanceof: the sidebar may live in a popout window with its own globals.
		const target = evt.target as Node | null;
		const link = target?.instanceOf(HTMLElement) ? target.closest("a") : null;
		if (!link) {
			onTextClick(evt);
			return;
		}
		if (!link.classList.contains("internal-link")) return;
		evt.preventDefault();
		const href = link.getAttribute("data-href") ?? link.getAttribute("href");
		if (href) void v.ctx.app.workspace.openLinkText(href, sourcePath, wantsNewTab(evt));
	});
}
