import type { Editor, EditorPosition } from "obsidian";

/**
 * What park-idea takes from the editor: the selection as it is, or, with
 * nothing selected, the cursor's line without what makes it a list item or a
 * quote (so `- [ ] idea` parks `idea` and keeps `- [ ] ` around the link).
 */
export interface IdeaSource {
	text: string;
	from: EditorPosition;
	to: EditorPosition;
	/** The whole line when the idea is a line (for removing it), else null. */
	line: string | null;
}

// Indentation, quote markers, a bullet or number, a task box.
const LINE_PREFIX = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[.\](?:[ \t]+|$))?)?/;

/** An editor position. */
function at(line: number, ch: number): EditorPosition {
	return { line, ch };
}

/** Where a line's own text starts, after indentation, quote markers, bullet and task box. */
export function lineTextStart(line: string): number {
	return LINE_PREFIX.exec(line)?.[0].length ?? 0;
}

/** The idea under the cursor, or null when there is nothing but blanks. */
export function ideaFromEditor(editor: Editor): IdeaSource | null {
	const from = editor.getCursor("from");
	const to = editor.getCursor("to");
	if (from.line !== to.line || from.ch !== to.ch) {
		const text = editor.getRange(from, to);
		return text.trim() === "" ? null : { text, from, to, line: null };
	}
	const line = editor.getLine(from.line);
	const start = lineTextStart(line);
	const text = line.slice(start);
	if (text.trim() === "") return null;
	return { text, from: at(from.line, start), to: at(from.line, line.length), line };
}

/** True when the editor still holds the idea where it was taken from. */
export function ideaStillThere(editor: Editor, idea: IdeaSource): boolean {
	if (idea.to.line > editor.lastLine()) return false;
	if (idea.line !== null) return editor.getLine(idea.from.line) === idea.line;
	return editor.getRange(idea.from, idea.to) === idea.text;
}

/**
 * The change that takes the idea out of the source: `replacement` over the
 * idea, or, when removing a whole-line idea, the line itself with its break.
 */
export function removalRange(editor: Editor, idea: IdeaSource): { from: EditorPosition; to: EditorPosition } {
	if (idea.line === null) return idea;
	const n = idea.from.line;
	if (n < editor.lastLine()) return { from: at(n, 0), to: at(n + 1, 0) };
	if (n > 0) return { from: at(n - 1, editor.getLine(n - 1).length), to: at(n, idea.line.length) };
	return { from: at(n, 0), to: at(n, idea.line.length) };
}
