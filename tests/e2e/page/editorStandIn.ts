/**
 * A <textarea> in place of CodeMirror, bound both ways to the fake Markdown
 * view's Editor: what the user types and selects is what the plugin's editor
 * commands see, and what they change shows up in the textarea.
 */
import type { App, Editor, EditorPosition, MarkdownView } from "obsidian";

function posAt(text: string, offset: number): EditorPosition {
	const before = text.slice(0, offset).split("\n");
	return { line: before.length - 1, ch: before[before.length - 1].length };
}

function offsetAt(text: string, pos: EditorPosition): number {
	const lines = text.split("\n");
	let offset = 0;
	for (let i = 0; i < pos.line && i < lines.length; i++) offset += lines[i].length + 1;
	return offset + pos.ch;
}

export interface EditorStandIn {
	/** Pushes the textarea's text and selection into the Editor (before a command runs). */
	pushToEditor(): void;
}

export function bindEditor(app: App, view: MarkdownView): EditorStandIn {
	const editor: Editor = view.editor;
	view.contentEl.empty();
	const area = view.contentEl.createEl("textarea", { cls: "jitl-e2e-editor", attr: { spellcheck: "false", "aria-label": view.getDisplayText() } });
	area.value = editor.getValue();
	let shown = area.value;

	const pushSelection = () => {
		const text = area.value;
		const forward = area.selectionDirection !== "backward";
		const [a, h] = forward ? [area.selectionStart, area.selectionEnd] : [area.selectionEnd, area.selectionStart];
		editor.setSelection(posAt(text, a), posAt(text, h));
	};
	const pushToEditor = () => {
		if (area.value !== editor.getValue()) {
			shown = area.value;
			editor.setValue(area.value);
		}
		pushSelection();
	};
	const pullFromEditor = () => {
		const text = editor.getValue();
		if (text === shown) return;
		const focused = document.activeElement === area;
		shown = text;
		area.value = text;
		const sel = editor.listSelections()[0];
		if (sel && focused) area.setSelectionRange(offsetAt(text, sel.anchor), offsetAt(text, sel.head));
	};

	area.addEventListener("input", pushToEditor);
	// Clicking into a note makes its leaf the active one, so editor commands apply to it.
	area.addEventListener("focus", () => app.workspace.setActiveLeaf(view.leaf, { focus: true }));
	for (const type of ["select", "keyup", "mouseup", "focus"]) area.addEventListener(type, pushSelection);
	view.registerEvent(app.workspace.on("editor-change", (changed: Editor) => changed === editor && pullFromEditor()));
	// The view reloads its text when the file changes on disk without reporting a change.
	view.registerInterval(window.setInterval(pullFromEditor, 100));
	return { pushToEditor };
}
