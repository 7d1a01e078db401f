/**
 * Follows list nesting line by line, the way CommonMark decides it: a line
 * belongs to an item when it is indented at least to the item's content
 * column. No fixed width per level is assumed, so two-space, four-space and
 * tab-indented lists all nest as Obsidian shows them.
 *
 * The state is a plain object handled by functions rather than a class
 * instance: V8 forgets the shape of a class whose instances all died, and then
 * throws away the parser's optimised code at every garbage collection. An
 * object literal's shape stays known, so re-reading a note stays fast.
 */
export interface ListNesting {
	/** Content column of each open item, outermost first. */
	open: number[];
	/** Blockquote depth of the open items. */
	quote: number;
}

export function newListNesting(): ListNesting {
	return { open: [], quote: 0 };
}

/**
 * A list item line: returns its depth, or null when it is indented too far
 * to start an item (four or more columns past where an item could start),
 * in which case it is continuation text and the nesting stays as it was.
 */
export function nestItem(n: ListNesting, quoteDepth: number, indent: number, contentCol: number): number | null {
	enterQuote(n, quoteDepth);
	const keep = countAtMost(n.open, indent);
	const base = keep === 0 ? 0 : n.open[keep - 1];
	if (indent - base >= 4) return null;
	dropFrom(n.open, keep);
	n.open.push(contentCol);
	return keep;
}

/**
 * A line that is not a list item. After a blank line (or for a block that
 * cannot continue a paragraph) it closes the items it is not indented into;
 * otherwise it continues the last item's paragraph and changes nothing.
 */
export function nestOther(n: ListNesting, quoteDepth: number, indent: number, interrupts: boolean): void {
	enterQuote(n, quoteDepth);
	if (interrupts) keepAtMost(n.open, indent);
}

/** Headings and the like end every open list. */
export function nestReset(n: ListNesting): void {
	dropFrom(n.open, 0);
}

/** Moving into or out of a blockquote ends the lists of the other depth. */
function enterQuote(n: ListNesting, quoteDepth: number): void {
	if (quoteDepth !== n.quote) {
		dropFrom(n.open, 0);
		n.quote = quoteDepth;
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
	dropFrom(cols, n);
}

/** Shortens `cols` to `length` entries: `pop` is cheap where setting `length` is a slow runtime call. */
function dropFrom(cols: number[], length: number): void {
	while (cols.length > length) cols.pop();
}
