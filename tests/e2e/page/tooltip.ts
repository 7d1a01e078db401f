/**
 * Obsidian shows an element's aria-label as a tooltip on hover; so does this
 * page, which lets a test hover a heatmap cell and read what a user would.
 */
export function installTooltips(doc: Document): void {
	const tip = doc.body.createDiv({ cls: "tooltip" });
	tip.hidden = true;
	let owner: Element | null = null;
	doc.addEventListener("mouseover", (evt) => {
		const target = evt.target instanceof Element ? evt.target.closest("[aria-label]") : null;
		if (target === owner) return;
		owner = target;
		const label = target?.getAttribute("aria-label");
		if (!target || !label) {
			tip.hidden = true;
			return;
		}
		tip.setText(label);
		tip.hidden = false;
		const r = target.getBoundingClientRect();
		const width = tip.offsetWidth;
		const left = Math.min(Math.max(4, r.left + r.width / 2 - width / 2), doc.documentElement.clientWidth - width - 4);
		// Position is data here (follows the pointer), the one place the page sets geometry inline.
		tip.style.left = `${left}px`;
		tip.style.top = `${r.bottom + 6}px`;
	});
	doc.addEventListener("mouseleave", () => {
		owner = null;
		tip.hidden = true;
	});
}
