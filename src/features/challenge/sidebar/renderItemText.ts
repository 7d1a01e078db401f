import { type Component, MarkdownRenderer } from "obsidian";
import type { PartContext } from "../../../view/PartContext";
import { wantsNewTab } from "./openTarget";

/**
 * Text with nothing Markdown would change, so a paragraph of it is what the
 * renderer would make, in a fraction of the time (most items read like this):
 * a letter or a non-ASCII character first (a digit, `-` or `>` could start a
 * block), then single spaces between letters, digits, non-ASCII characters
 * other than spaces, and the punctuation among !"'(),-./;? (no other ASCII
 * punctuation); no `www.` (an autolink).
 */
const PLAIN = /^(?!.*www\.)[^\0-@[-`{-\x7f\s](?: ?[^\0- #-&*+:<->@[-`{-\x7f\s])*$/iu;

/**
 * Renders an item's text as Markdown (plain text directly, see PLAIN). Links
 * inside work as in a note: internal ones open through the workspace (a
 * rendered link in a view does not navigate by itself), external ones keep
 * the browser's default. A click anywhere else on the text asks for the
 * item's line in the note.
 */
export function renderItemText(
	el: HTMLElement,
	markdown: string,
	sourcePath: string,
	v: PartContext,
	owner: Component,
	onTextClick: (evt: MouseEvent) => void,
): void {
	if (PLAIN.test(markdown)) el.createEl("p", { text: markdown });
	else void MarkdownRenderer.render(v.ctx.app, markdown, el, sourcePath, owner);
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
