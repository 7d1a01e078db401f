import { t } from "../../../i18n/t";
import type { PartContext } from "../../../view/PartContext";
import { div, makeActivatable } from "../../../view/dom";
import { plural } from "./plural";

/**
 * How many log lines could not be read. They are never rewritten, so the user
 * is told and can jump to the first one to fix it by hand.
 */
export function renderUnreadable(parent: HTMLElement, count: number, v: PartContext, path: string): void {
	if (count <= 0) return;
	const el = div(parent, "jitl-practice-unreadable");
	const text = plural(count, "practice.unreadable.one", "practice.unreadable.other");
	div(el, "jitl-practice-unreadable-text", text);
	div(el, "jitl-practice-unreadable-hint", t("practice.unreadable.hint"));
	makeActivatable(el, text, (evt) => {
		const line = v.ctx.index.challenge(path)?.practiceLog.unreadable[0]?.line;
		void v.openNote(path, evt, line);
	});
}
