/**
 * Line-by-line block structure of a note (a CommonMark-style container/leaf parser),
 * producing what the metadata cache needs: headings, list items with their parents,
 * the text ranges to scan for tags and links, and the top-level sections.
 */
import {
	atxHeading,
	canInterruptParagraph,
	closesFence,
	fenceOpen,
	isHtmlBlockStart,
	isThematicBreak,
	listMarkerAt,
	startsNonParagraph,
	type FenceOpen,
	type ListMarker,
} from "./blockStarts";
import { LineCursor } from "./cursor";
import type { TextRange } from "./inline";
import type { LineIndex } from "./positions";

export interface BlockHeading {
	line: number;
	col: number;
	level: number;
	text: TextRange;
}

export interface BlockListItem {
	line: number;
	col: number;
	/** Last line of the item's own content (nested items excluded). */
	endLine: number;
	/** Set when the item ends just before a later sibling (blank lines between them). */
	endOffset?: number;
	task?: string;
	parent: number;
}

export interface BlockSection {
	type: string;
	startLine: number;
	endLine: number;
}

/** A `^id` block reference at the end of a paragraph, with the paragraph's span. */
export interface BlockId {
	id: string;
	from: number;
	to: number;
}

export interface BlockResult {
	blockIds: BlockId[];
	headings: BlockHeading[];
	listItems: BlockListItem[];
	inlineBlocks: TextRange[][];
	sections: BlockSection[];
}

interface ListState {
	startLine: number;
	last?: BlockListItem;
	ordered: boolean;
	marker: string;
}

interface Container {
	kind: "document" | "quote" | "item";
	contentCol: number;
	openList: ListState | null;
	item?: BlockListItem;
	list?: ListState;
	emptyStart?: boolean;
	callout?: boolean;
}

type Leaf =
	| { kind: "paragraph"; ranges: TextRange[] }
	| { kind: "comment"; ranges: TextRange[] }
	| { kind: "fence"; fence: FenceOpen }
	| { kind: "htmlComment" | "html" | "math" | "indented" };

export function parseBlocks(index: LineIndex, firstLine: number): BlockResult {
	const result: BlockResult = { blockIds: [], headings: [], listItems: [], inlineBlocks: [], sections: [] };
	const stack: Container[] = [{ kind: "document", contentCol: 0, openList: null }];
	let leaf = null as Leaf | null;
	/** The block that took the current line, for the section list. */
	let owner: { key: unknown; type: string } | null = null;
	let section: { key: unknown; type: string; startLine: number; endLine: number } | null = null;
	let lineNo = 0;
	let cur = new LineCursor("");
	const lineStart = (): number => index.starts[lineNo];
	const rangeFrom = (pos: number, to = cur.text.length): TextRange => ({ from: lineStart() + pos, to: lineStart() + to });

	const closeLeaf = (): void => {
		if (leaf && (leaf.kind === "paragraph" || leaf.kind === "comment")) result.inlineBlocks.push(leaf.ranges);
		if (leaf?.kind === "paragraph" && leaf.ranges.length > 0) {
			const last = leaf.ranges[leaf.ranges.length - 1];
			const id = /(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/.exec(index.text.slice(last.from, last.to));
			if (id) result.blockIds.push({ id: id[1], from: leaf.ranges[0].from, to: last.to });
		}
		leaf = null;
	};
	const closeContainersAbove = (depth: number): void => {
		closeLeaf();
		stack.length = depth + 1;
	};
	const top = (): Container => stack[stack.length - 1];
	const setLeaf = (next: Leaf): void => {
		closeLeaf();
		leaf = next;
		top().openList = null;
		owner = { key: next, type: sectionType(next.kind) };
	};
	/** A one-line block (heading, thematic break) that is no list member. */
	const singleLine = (type: string): void => {
		closeLeaf();
		top().openList = null;
		owner = { key: {}, type };
	};

	const matchContainers = (): number => {
		let matched = 0;
		for (let i = 1; i < stack.length; i++) {
			const c = stack[i];
			if (c.kind === "quote") {
				const { cols, next } = cur.peekIndent();
				if (cols > 3 || cur.text[next] !== ">") break;
				cur.skipSpaces();
				cur.advanceChars(1);
				cur.optionalSpace();
			} else if (cur.isBlank()) {
				if (c.emptyStart && c.item?.line === lineNo - 1) break;
			} else {
				const { cols } = cur.peekIndent();
				if (cur.col + cols < c.contentCol) break;
				cur.advanceCols(c.contentCol - cur.col);
			}
			matched = i;
		}
		return matched;
	};

	/** Continues a raw leaf (code, HTML, comment, math); true when the line was consumed. */
	const continueRaw = (): boolean => {
		const current = leaf;
		if (!current || current.kind === "paragraph" || current.kind === "indented") return false;
		owner = { key: current, type: sectionType(current.kind) };
		const rest = cur.rest();
		if (current.kind === "fence") {
			const { cols, next } = cur.peekIndent();
			if (cols <= 3 && closesFence(cur.text.slice(next), current.fence)) leaf = null;
		} else if (current.kind === "htmlComment") {
			if (rest.includes("-->")) leaf = null;
		} else if (current.kind === "html") {
			if (cur.isBlank()) leaf = null;
		} else if (current.kind === "math") {
			if (rest.includes("$$")) leaf = null;
		} else if (current.kind === "comment") {
			const end = rest.indexOf("%%");
			current.ranges.push(rangeFrom(cur.pos, end < 0 ? cur.text.length : cur.pos + end));
			if (end >= 0) closeLeaf();
		}
		return true;
	};

	const continueParagraph = (paragraph: { ranges: TextRange[] }, from: number): void => {
		paragraph.ranges.push(rangeFrom(from));
		owner = { key: paragraph, type: "paragraph" };
	};

	const startsBlockLazily = (): boolean => {
		const { cols, next } = cur.peekIndent();
		if (cols >= 4) return false;
		const rest = cur.text.slice(next);
		// The paragraph sits in a container this line did not match, so (as in CommonMark)
		// any list marker starts a new item here; the interruption rule does not apply.
		if (listMarkerAt(cur.text, next)) return true;
		return startsNonParagraph(rest);
	};

	const openItem = (marker: ListMarker, cols: number): void => {
		closeLeaf();
		const parent = top();
		const markerCol = cur.col + cols;
		const col = cur.pos;
		cur.skipSpaces();
		cur.advanceChars(marker.width);
		const after = cur.peekIndent();
		const blank = cur.isBlank();
		let padding = after.cols;
		if (blank || after.cols >= 5 || after.cols === 0) padding = 1;
		if (!blank) cur.advanceCols(padding);
		const open = parent.openList;
		const compatible = open && open.ordered === marker.ordered && open.marker === marker.marker;
		const list = compatible ? open : { startLine: lineNo, ordered: marker.ordered, marker: marker.marker };
		parent.openList = list;
		const enclosing = [...stack].reverse().find((c) => c.kind === "item");
		const item: BlockListItem = {
			line: lineNo,
			col,
			endLine: lineNo,
			parent: enclosing?.item ? enclosing.item.line : -list.startLine || -1,
		};
		result.listItems.push(item);
		// Obsidian ends an item that is separated from its next sibling by blank lines
		// one character before that sibling starts.
		let before = lineNo - 1;
		while (before >= 0 && /^[ \t>]*$/.test(index.lines[before])) before--;
		if (compatible && list.last && before < lineNo - 1 && list.last.endLine === before) {
			list.last.endOffset = lineStart() + col - 1;
		}
		list.last = item;
		stack.push({ kind: "item", contentCol: markerCol + marker.width + padding, openList: null, item, list, emptyStart: blank });
		const box = /^\[(.)\](?=[ \t]|$)/u.exec(cur.rest());
		if (box) {
			item.task = box[1];
			cur.advanceChars(box[0].length);
			cur.skipSpaces();
		}
	};

	/** Opens blocks on the rest of the line; containers first, then one leaf. */
	const openBlocks = (): void => {
		for (;;) {
			if (cur.isBlank()) {
				if (leaf?.kind === "paragraph") closeLeaf();
				return;
			}
			const { cols, next } = cur.peekIndent();
			const rest = cur.text.slice(next);
			if (cols >= 4) {
				if (leaf?.kind === "paragraph") continueParagraph(leaf, next);
				else if (leaf?.kind !== "indented") setLeaf({ kind: "indented" });
				return;
			}
			if (rest.startsWith(">")) {
				closeLeaf();
				top().openList = null;
				cur.skipSpaces();
				cur.advanceChars(1);
				cur.optionalSpace();
				stack.push({ kind: "quote", contentCol: cur.col, openList: null, callout: /^\[!.+\]/.test(cur.rest()) });
				continue;
			}
			if (isThematicBreak(rest)) return singleLine("thematicBreak");
			const marker = listMarkerAt(cur.text, next);
			if (marker && (leaf?.kind !== "paragraph" || canInterruptParagraph(marker, cur.text.slice(next + marker.width)))) {
				openItem(marker, cols);
				continue;
			}
			const heading = atxHeading(rest);
			if (heading) {
				singleLine("heading");
				result.headings.push({ line: lineNo, col: cur.pos, level: heading.level, text: rangeFrom(next + heading.from, next + heading.to) });
				result.inlineBlocks.push([rangeFrom(next + heading.from, next + heading.to)]);
				return;
			}
			const fence = fenceOpen(rest);
			if (fence) return setLeaf({ kind: "fence", fence });
			if (rest.startsWith("<!--")) {
				setLeaf({ kind: "htmlComment" });
				if (rest.indexOf("-->", 4) >= 0) leaf = null;
				return;
			}
			if (isHtmlBlockStart(rest)) return setLeaf({ kind: "html" });
			if (rest.startsWith("%%")) {
				setLeaf({ kind: "comment", ranges: [] });
				const end = rest.indexOf("%%", 2);
				(leaf as unknown as { ranges: TextRange[] }).ranges.push(rangeFrom(next + 2, end < 0 ? cur.text.length : next + end));
				if (end >= 0) closeLeaf();
				return;
			}
			if (rest.startsWith("$$")) {
				setLeaf({ kind: "math" });
				if (rest.indexOf("$$", 2) >= 0) leaf = null;
				return;
			}
			if (leaf?.kind === "paragraph") continueParagraph(leaf, next);
			else setLeaf({ kind: "paragraph", ranges: [rangeFrom(next)] });
			return;
		}
	};

	const trackSection = (blank: boolean): void => {
		if (blank) return;
		const outer = stack[1];
		let current = owner ?? { key: {}, type: "paragraph" };
		if (outer?.kind === "item") current = { key: outer.list, type: "list" };
		else if (outer?.kind === "quote") current = { key: outer, type: outer.callout ? "callout" : "blockquote" };
		if (section && section.key === current.key) section.endLine = lineNo;
		else {
			if (section) result.sections.push({ type: section.type, startLine: section.startLine, endLine: section.endLine });
			section = { ...current, startLine: lineNo, endLine: lineNo };
		}
	};

	for (lineNo = firstLine; lineNo < index.lineCount; lineNo++) {
		cur = new LineCursor(index.lines[lineNo]);
		owner = null;
		const matched = matchContainers();
		const allMatched = matched === stack.length - 1;
		const blank = /^[ \t]*$/.test(cur.text);
		let done = false;
		if (allMatched) done = continueRaw();
		else if (leaf && leaf.kind !== "paragraph") closeContainersAbove(matched);
		if (!done && leaf?.kind === "indented") {
			const { cols } = cur.peekIndent();
			if (cols >= 4 || cur.isBlank()) {
				owner = { key: leaf, type: "code" };
				done = true;
			} else closeLeaf();
		}
		if (!done && !allMatched && leaf?.kind === "paragraph" && !cur.isBlank() && !startsBlockLazily()) {
			continueParagraph(leaf, cur.peekIndent().next);
			done = true;
		}
		if (!done) {
			if (stack.length - 1 > matched) closeContainersAbove(matched);
			openBlocks();
		}
		const deepest = [...stack].reverse().find((c) => c.item);
		if (!blank && deepest?.item) deepest.item.endLine = lineNo;
		trackSection(blank);
	}
	closeLeaf();
	const last = section as { type: string; startLine: number; endLine: number } | null;
	if (last) result.sections.push({ type: last.type, startLine: last.startLine, endLine: last.endLine });
	return result;
}

function sectionType(kind: Leaf["kind"]): string {
	switch (kind) {
		case "fence":
		case "indented":
			return "code";
		case "htmlComment":
		case "html":
			return "html";
		case "comment":
			return "comment";
		case "math":
			return "math";
		default:
			return "paragraph";
	}
}
