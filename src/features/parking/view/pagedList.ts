import { t } from "../../../i18n/t";
import { button, div } from "../../../view/dom";

/** Rows per page: enough to fill a tall sidebar, few enough to render in a frame. */
export const PAGE_SIZE = 50;

// How many rows each list shows, per view, so "show more" survives the view's re-renders.
const shownByOwner = new WeakMap<object, Map<string, number>>();

/**
 * A list that renders its first page only and a "show more" button for the
 * next, so a folder of thousands of notes costs no more than fifty rows.
 * `renderRow` adds one row and returns its focusable element.
 */
export function pagedList<T>(
	parent: HTMLElement,
	items: readonly T[],
	state: { owner: object; key: string },
	renderRow: (list: HTMLElement, item: T) => HTMLElement,
): HTMLElement {
	const map = shownByOwner.get(state.owner) ?? new Map<string, number>();
	shownByOwner.set(state.owner, map);
	const list = div(parent, "jitl-park-list", undefined, { role: "list" });
	let shown = 0;
	const addRows = (upTo: number): HTMLElement | null => {
		let first: HTMLElement | null = null;
		for (; shown < Math.min(upTo, items.length); shown++) {
			const row = renderRow(list, items[shown]);
			first ??= row;
		}
		return first;
	};
	addRows(Math.max(PAGE_SIZE, map.get(state.key) ?? 0));
	if (shown >= items.length) return list;
	const more = button(parent, "jitl-park-more", undefined, () => {
		const first = addRows(shown + PAGE_SIZE);
		map.set(state.key, shown);
		if (shown < items.length) return label();
		more.remove();
		first?.focus();
	});
	const label = () => more.setText(t("parking.list.showMore", { count: items.length - shown }));
	label();
	return list;
}
