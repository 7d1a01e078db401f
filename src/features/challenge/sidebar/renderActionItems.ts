import type { Component } from "obsidian";
import type { ActionItem } from "../../../core/types";
import { t } from "../../../i18n/t";
import type { PartContext } from "../../../view/PartContext";
import { type ToggleHandle, toggleActionItem } from "../toggleActionItem";
import { div } from "../../../view/dom";
import { renderItemText } from "./renderItemText";

/**
 * The challenge's action items as a task list: a real checkbox per item,
 * its text rendered as Markdown, indented by nesting depth. The checkbox
 * answers at once; the note is then written and the index, reading the note
 * back, has the last word.
 */
export function renderActionItems(parent: HTMLElement, path: string, items: ActionItem[], v: PartContext, owner: Component): void {
	const list = parent.createEl("ul", { cls: ["jitl-action-items", "contains-task-list"] });
	for (const item of items) renderRow(list, path, item, v, owner);
}

function renderRow(list: HTMLElement, path: string, item: ActionItem, v: PartContext, owner: Component): void {
	const checked = item.status !== "open";
	const cancelled = item.status === "cancelled";
	const row = list.createEl("li", {
		cls: ["jitl-action-item", "task-list-item"],
		attr: { "data-task": item.statusChar, "data-line": item.line },
	});
	row.setCssProps({ "--jitl-depth": String(item.depth) });
	row.toggleClass("is-checked", checked);
	row.toggleClass("jitl-item-cancelled", cancelled);
	row.toggleClass("jitl-item-quoted", item.inQuote);

	const label = cancelled ? t("challenge.view.cancelledItem", { text: item.textWithoutDoneDate }) : item.textWithoutDoneDate;
	const box = row.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox", attr: { "aria-label": label } });
	box.checked = checked;
	// The item itself is the first target: toggling replaces the target, never changes it.
	const handle: ToggleHandle = { target: item };
	box.addEventListener("change", () => {
		row.toggleClass("is-checked", box.checked);
		row.removeClass("jitl-item-cancelled");
		void toggleActionItem(v.ctx, path, handle).then((ok) => {
			// Refused or failed: show the note as it is.
			if (!ok) v.requestRender();
		});
	});

	const text = div(row, "jitl-action-item-text", undefined, { tabindex: "0", title: t("challenge.view.jump") });
	const jump = (evt: MouseEvent | KeyboardEvent) => void v.openNote(path, evt, handle.target.line);
	renderItemText(text, item.textWithoutDoneDate, path, v, owner, jump);
	text.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter" && evt.target === text) {
			evt.preventDefault();
			jump(evt);
		}
	});
}
