import type { PartContext } from "../../../view/PartContext";
import { makeActivatable } from "../../../view/dom";
import { wantsNewTab } from "../../challenge/sidebar/openTarget";

export interface NoteRowOptions {
	path: string;
	title: string;
	/** Short text after the title (an age, a reason). */
	meta?: string;
	metaCls?: string;
	/** Spoken label, also Obsidian's tooltip. */
	label: string;
}

/** One note in a sidebar list: its title opens it (Ctrl/Cmd opens a new tab). */
export function noteRow(list: HTMLElement, v: PartContext, opts: NoteRowOptions): HTMLElement {
	const item = list.createDiv({ cls: "jitl-park-item", attr: { role: "listitem" } });
	const row = item.createDiv({ cls: "jitl-park-row" });
	row.dataset.path = opts.path;
	row.createSpan({ cls: "jitl-park-title", text: opts.title });
	if (opts.meta) row.createSpan({ cls: ["jitl-park-meta", ...(opts.metaCls ? [opts.metaCls] : [])], text: opts.meta });
	makeActivatable(row, opts.label, (evt) => void v.openNote(opts.path, { newLeaf: wantsNewTab(evt) }));
	return row;
}

/** A titled group of rows with its count. */
export function groupHeader(parent: HTMLElement, title: string, count: string): HTMLElement {
	const group = parent.createDiv({ cls: "jitl-park-group" });
	const header = group.createDiv({ cls: "jitl-park-group-header" });
	header.createSpan({ cls: "jitl-park-group-title", text: title });
	header.createSpan({ cls: "jitl-park-group-count", text: count });
	return group;
}
