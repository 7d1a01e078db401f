import { formatNumber } from "../../../i18n/t";
import type { PartContext } from "../../../view/PartContext";
import { div, opensNote, span } from "../../../view/dom";
import { pagedList } from "./pagedList";

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
	const row = div(div(list, "jitl-park-item", undefined, { role: "listitem" }), "jitl-park-row");
	row.dataset.path = opts.path;
	span(row, "jitl-park-title", opts.title);
	if (opts.meta) span(row, ["jitl-park-meta", ...(opts.metaCls ? [opts.metaCls] : [])], opts.meta);
	opensNote(row, opts.label, v, opts.path);
	return row;
}

/**
 * A titled group of notes with its count, `cls` naming the kind of group. Its
 * rows render a page at a time; `key` tells the view's lists apart.
 */
export function noteGroup<T>(
	parent: HTMLElement,
	v: PartContext,
	cls: string,
	title: string,
	key: string,
	notes: readonly T[],
	renderRow: (list: HTMLElement, note: T) => HTMLElement,
): void {
	const group = div(parent, ["jitl-park-group", cls]);
	const header = div(group, "jitl-park-group-header");
	span(header, "jitl-park-group-title", title);
	span(header, "jitl-park-group-count", formatNumber(notes.length));
	pagedList(group, notes, { owner: v.component, key }, renderRow);
}
