/**
 * A text editor with Obsidian's `Editor` API over a plain string (no CodeMirror):
 * positions are `{ line, ch }`, selections keep anchor and head, and every change is
 * reported to the owner (the Markdown view) so it can save and fire `editor-change`.
 */
export interface EditorPosition {
	line: number;
	ch: number;
}

export interface EditorSelection {
	anchor: EditorPosition;
	head: EditorPosition;
}

export interface EditorChange {
	from: EditorPosition;
	to?: EditorPosition;
	text: string;
}

export interface EditorTransaction {
	replaceSelection?: string;
	changes?: EditorChange[];
	selections?: { from: EditorPosition; to?: EditorPosition }[];
	selection?: { from: EditorPosition; to?: EditorPosition };
}

function cmp(a: EditorPosition, b: EditorPosition): number {
	return a.line - b.line || a.ch - b.ch;
}

export class Editor {
	private text = "";
	private selections: EditorSelection[] = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
	private focused = false;

	constructor(private readonly onChange: () => void = () => undefined) {}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.text = content;
		this.selections = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
		this.onChange();
	}

	/** Loads text without reporting a change (the view loading its file). */
	loadValue(content: string): void {
		this.text = content;
		this.selections = this.selections.map((s) => ({ anchor: this.clipPos(s.anchor), head: this.clipPos(s.head) }));
	}

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getLine(line: number): string {
		return this.text.split("\n")[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.text.split("\n").length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	clipPos(pos: EditorPosition): EditorPosition {
		const line = Math.max(0, Math.min(pos.line, this.lastLine()));
		return { line, ch: Math.max(0, Math.min(pos.ch, this.getLine(line).length)) };
	}

	posToOffset(pos: EditorPosition): number {
		const p = this.clipPos(pos);
		const lines = this.text.split("\n");
		let offset = 0;
		for (let i = 0; i < p.line; i++) offset += lines[i].length + 1;
		return offset + p.ch;
	}

	offsetToPos(offset: number): EditorPosition {
		const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length))).split("\n");
		return { line: before.length - 1, ch: before[before.length - 1].length };
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}

	replaceRange(replacement: string, from: EditorPosition, to: EditorPosition = from, origin?: string): void {
		void origin;
		const [a, b] = [this.posToOffset(from), this.posToOffset(to)].sort((x, y) => x - y);
		// Cursors before or at the change stay; those after it move with the text.
		const map = (o: number) => (o <= a ? o : o >= b ? o - (b - a) + replacement.length : a + replacement.length);
		const moved = this.selections.map((s) => [map(this.posToOffset(s.anchor)), map(this.posToOffset(s.head))]);
		this.text = this.text.slice(0, a) + replacement + this.text.slice(b);
		this.selections = moved.map(([anchor, head]) => ({ anchor: this.offsetToPos(anchor), head: this.offsetToPos(head) }));
		this.onChange();
	}

	getCursor(string: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const s = this.selections[0];
		const [from, to] = cmp(s.anchor, s.head) <= 0 ? [s.anchor, s.head] : [s.head, s.anchor];
		return { ...{ from, to, head: s.head, anchor: s.anchor }[string] };
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = this.clipPos(typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos);
		this.selections = [{ anchor: p, head: p }];
	}

	setSelection(anchor: EditorPosition, head: EditorPosition = anchor): void {
		this.selections = [{ anchor: this.clipPos(anchor), head: this.clipPos(head) }];
	}

	setSelections(ranges: EditorSelection[], main?: number): void {
		void main;
		this.selections = ranges.map((r) => ({ anchor: this.clipPos(r.anchor), head: this.clipPos(r.head ?? r.anchor) }));
	}

	listSelections(): EditorSelection[] {
		return this.selections.map((s) => ({ anchor: { ...s.anchor }, head: { ...s.head } }));
	}

	somethingSelected(): boolean {
		return this.selections.some((s) => cmp(s.anchor, s.head) !== 0);
	}

	getSelection(): string {
		return this.getRange(this.getCursor("from"), this.getCursor("to"));
	}

	replaceSelection(replacement: string, origin?: string): void {
		void origin;
		const from = this.getCursor("from");
		const fromOffset = this.posToOffset(from);
		const toOffset = this.posToOffset(this.getCursor("to"));
		this.text = this.text.slice(0, fromOffset) + replacement + this.text.slice(toOffset);
		const end = this.offsetToPos(fromOffset + replacement.length);
		this.selections = [{ anchor: end, head: end }];
		this.onChange();
	}

	/** Applies several changes at once (positions refer to the text before the transaction). */
	transaction(tx: EditorTransaction, origin?: string): void {
		void origin;
		if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
		const changes = (tx.changes ?? [])
			.map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), text: c.text }))
			.sort((a, b) => b.from - a.from);
		let text = this.text;
		for (const c of changes) text = text.slice(0, c.from) + c.text + text.slice(c.to);
		if (changes.length > 0) this.text = text;
		const selection = tx.selection ? [tx.selection] : tx.selections;
		if (selection) this.selections = selection.map((s) => ({ anchor: this.clipPos(s.from), head: this.clipPos(s.to ?? s.from) }));
		if (changes.length > 0) this.onChange();
	}

	wordAt(pos: EditorPosition): { from: EditorPosition; to: EditorPosition } | null {
		const line = this.getLine(pos.line);
		let a = pos.ch;
		let b = pos.ch;
		while (a > 0 && /\w/.test(line[a - 1])) a--;
		while (b < line.length && /\w/.test(line[b])) b++;
		return a === b ? null : { from: { line: pos.line, ch: a }, to: { line: pos.line, ch: b } };
	}

	focus(): void {
		this.focused = true;
	}

	blur(): void {
		this.focused = false;
	}

	hasFocus(): boolean {
		return this.focused;
	}

	scrollIntoView(): void {}

	scrollTo(): void {}

	undo(): void {}

	redo(): void {}

	exec(command: string): void {
		void command;
	}

	processLines<T>(read: (line: number, lineText: string) => T | null, write: (line: number, lineText: string, value: T | null) => EditorChange | void): void {
		const changes: EditorChange[] = [];
		for (let n = 0; n < this.lineCount(); n++) {
			const change = write(n, this.getLine(n), read(n, this.getLine(n)));
			if (change) changes.push(change);
		}
		this.transaction({ changes });
	}
}
