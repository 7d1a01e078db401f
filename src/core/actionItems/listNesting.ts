/**
 * Follows list nesting line by line, the way CommonMark decides it: a line
 * belongs to an item when it is indented at least to the item's content
 * column. No fixed width per level is assumed, so two-space, four-space and
 * tab-indented lists all nest as Obsidian shows them.
 */
export class ListNesting {
	private open: number[] = [];
	private quote = 0;

	/**
	 * A list item line: returns its depth, or null when it is indented too far
	 * to start an item (four or more columns past where an item could start),
	 * in which case it is continuation text and the nesting stays as it was.
	 */
	item(quoteDepth: number, indent: number, contentCol: number): number | null {
		this.enter(quoteDepth);
		const keep = countAtMost(this.open, indent);
		const base = keep === 0 ? 0 : this.open[keep - 1];
		if (indent - base >= 4) return null;
		this.open.length = keep;
		this.open.push(contentCol);
		return keep;
	}

	/**
	 * A line that is not a list item. After a blank line (or for a block that
	 * cannot continue a paragraph) it closes the items it is not indented into;
	 * otherwise it continues the last item's paragraph and changes nothing.
	 */
	other(quoteDepth: number, indent: number, interrupts: boolean): void {
		this.enter(quoteDepth);
		if (interrupts) keepAtMost(this.open, indent);
	}

	/** Headings and the like end every open list. */
	reset(): void {
		this.open = [];
	}

	private enter(quoteDepth: number): void {
		if (quoteDepth !== this.quote) {
			this.open = [];
			this.quote = quoteDepth;
		}
	}
}

/** How many of `cols` are at most `indent` (called per list line, so no filtered copy is made). */
function countAtMost(cols: number[], indent: number): number {
	let n = 0;
	for (const c of cols) if (c <= indent) n++;
	return n;
}

/** Drops, in place and keeping order, the columns deeper than `indent`. */
function keepAtMost(cols: number[], indent: number): void {
	let n = 0;
	for (const c of cols) if (c <= indent) cols[n++] = c;
	cols.length = n;
}
