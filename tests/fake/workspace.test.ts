/**
 * The fake workspace: layout readiness, leaves and views, the active file, and the
 * Markdown view's editor bound to its file.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { Editor, ItemView, MarkdownView, type TFile, type WorkspaceLeaf } from "obsidian";
import { createFakeApp, flush } from "./obsidian/index";

afterEach(() => {
	vi.useRealTimers();
});

/** Obsidian's internal loaded flag of a component. */
function isLoaded(component: object): boolean {
	return (component as { _loaded?: boolean })._loaded === true;
}

class SideView extends ItemView {
	log: string[] = [];

	getViewType(): string {
		return "side";
	}

	getDisplayText(): string {
		return "Side";
	}

	override getIcon(): string {
		return "dice";
	}

	override async onOpen(): Promise<void> {
		this.log.push(`open, loaded ${isLoaded(this)}`);
	}

	override async onClose(): Promise<void> {
		this.log.push("close");
	}
}

function withSideView() {
	const app = createFakeApp({ "a.md": "alpha", "b.md": "beta", "pic.png": "" });
	app.viewRegistry.registerView("side", (leaf: WorkspaceLeaf) => new SideView(leaf));
	return app;
}

describe("Workspace", () => {
	it("runs onLayoutReady callbacks at once when ready, else on triggerLayoutReady", () => {
		const ready = createFakeApp();
		let calls = 0;
		ready.workspace.onLayoutReady(() => calls++);
		expect(calls).toBe(1);
		const starting = createFakeApp({}, { layoutReady: false });
		starting.workspace.onLayoutReady(() => calls++);
		expect([calls, starting.workspace.layoutReady]).toEqual([1, false]);
		starting.workspace.triggerLayoutReady();
		starting.workspace.triggerLayoutReady();
		expect([calls, starting.workspace.layoutReady]).toEqual([2, true]);
	});

	it("setViewState builds the registered view, loads it, then calls onOpen", async () => {
		const app = withSideView();
		const leaf = app.workspace.getRightLeaf(false)!;
		await leaf.setViewState({ type: "side", active: true });
		const view = leaf.view as SideView;
		expect(view).toBeInstanceOf(SideView);
		expect(view.log).toEqual(["open, loaded true"]);
		expect(view.leaf).toBe(leaf);
		expect(view.app).toBe(app);
		expect(app.workspace.getLeavesOfType("side")).toEqual([leaf]);
		expect(app.workspace.getActiveViewOfType(SideView)).toBe(view);
		expect([leaf.getDisplayText(), leaf.getIcon()]).toEqual(["Side", "dice"]);
	});

	it("gives an ItemView a header and a content element", async () => {
		const app = withSideView();
		const leaf = app.workspace.getRightLeaf(false)!;
		await leaf.setViewState({ type: "side" });
		const view = leaf.view as SideView;
		expect(view.containerEl.children[0].classList.contains("view-header")).toBe(true);
		expect(view.containerEl.children[1]).toBe(view.contentEl);
		expect(view.contentEl.classList.contains("view-content")).toBe(true);
		expect(view.containerEl.getAttribute("data-type")).toBe("side");
		const action = view.addAction("x", "Close", () => undefined);
		expect(action.getAttribute("aria-label")).toBe("Close");
	});

	it("detaching closes the view; detachLeavesOfType closes them all", async () => {
		const app = withSideView();
		const one = app.workspace.getRightLeaf(false)!;
		const two = app.workspace.getRightLeaf(false)!;
		await one.setViewState({ type: "side", active: true });
		await two.setViewState({ type: "side" });
		const views = [one.view as SideView, two.view as SideView];
		app.workspace.detachLeavesOfType("side");
		await flush();
		expect(views.map((v) => v.log)).toEqual([
			["open, loaded true", "close"],
			["open, loaded true", "close"],
		]);
		expect(views.map(isLoaded)).toEqual([false, false]);
		expect(app.workspace.getLeavesOfType("side")).toEqual([]);
		expect(app.workspace.getActiveViewOfType(SideView)).toBeNull();
	});

	it("revealLeaf is async and expands the sidebar", async () => {
		const app = withSideView();
		const leaf = app.workspace.getRightLeaf(false)!;
		expect(app.workspace.rightSplit.collapsed).toBe(true);
		const reveal = app.workspace.revealLeaf(leaf);
		expect(reveal).toBeInstanceOf(Promise);
		await reveal;
		expect(app.workspace.rightSplit.collapsed).toBe(false);
	});

	it("setActiveFile opens the note in a Markdown view and fires file-open", async () => {
		const app = withSideView();
		const a = app.vault.getFileByPath("a.md")!;
		const events: string[] = [];
		app.workspace.on("file-open", (file: TFile | null) => events.push(`file-open ${file?.path}`));
		app.workspace.on("active-leaf-change", () => events.push("active-leaf-change"));
		expect(app.workspace.getActiveFile()).toBeNull();
		await app.workspace.setActiveFile(a);
		expect(app.workspace.getActiveFile()).toBe(a);
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		expect(view.file).toBe(a);
		expect(view.editor.getValue()).toBe("alpha");
		expect(app.workspace.activeEditor?.file).toBe(a);
		expect(events).toEqual(["active-leaf-change", "file-open a.md"]);
	});

	it("keeps the most recent file as active file while a side view is focused", async () => {
		const app = withSideView();
		const a = app.vault.getFileByPath("a.md")!;
		await app.workspace.setActiveFile(a);
		const side = app.workspace.getRightLeaf(false)!;
		await side.setViewState({ type: "side", active: true });
		expect(app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
		expect(app.workspace.getActiveFile()).toBe(a);
	});

	it("getLeaf(false) reuses the main leaf, getLeaf(true) makes a new one", async () => {
		const app = withSideView();
		const first = app.workspace.getLeaf(false);
		await first.openFile(app.vault.getFileByPath("a.md")!);
		expect(app.workspace.getLeaf(false)).toBe(first);
		expect(app.workspace.getLeaf(true)).not.toBe(first);
	});

	it("openLinkText resolves the link, and creates the note when the link is unresolved", async () => {
		const app = withSideView();
		await app.workspace.openLinkText("b", "a.md");
		expect(app.workspace.getActiveFile()?.path).toBe("b.md");
		await app.workspace.openLinkText("New note#Heading", "a.md");
		expect(app.workspace.getActiveFile()?.path).toBe("New note.md");
		expect(await app.vault.adapter.read("New note.md")).toBe("");
	});
});

describe("MarkdownView editor", () => {
	async function openEditor() {
		const app = createFakeApp({ "n.md": "first line\nsecond line\n" });
		const file = app.vault.getFileByPath("n.md")!;
		await app.workspace.setActiveFile(file);
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		return { app, file, view, editor: view.editor };
	}

	it("reads lines and positions", async () => {
		const { editor } = await openEditor();
		expect(editor).toBeInstanceOf(Editor);
		expect([editor.lineCount(), editor.lastLine(), editor.getLine(1)]).toEqual([3, 2, "second line"]);
		expect(editor.posToOffset({ line: 1, ch: 2 })).toBe(13);
		expect(editor.offsetToPos(13)).toEqual({ line: 1, ch: 2 });
		expect(editor.getRange({ line: 0, ch: 6 }, { line: 1, ch: 6 })).toBe("line\nsecond");
	});

	it("tracks cursor and selection and replaces the selection", async () => {
		const { editor } = await openEditor();
		expect(editor.getCursor()).toEqual({ line: 0, ch: 0 });
		editor.setSelection({ line: 0, ch: 6 }, { line: 0, ch: 0 });
		expect(editor.somethingSelected()).toBe(true);
		expect(editor.getSelection()).toBe("first ");
		expect(editor.getCursor("from")).toEqual({ line: 0, ch: 0 });
		expect(editor.getCursor("head")).toEqual({ line: 0, ch: 0 });
		expect(editor.listSelections()).toEqual([{ anchor: { line: 0, ch: 6 }, head: { line: 0, ch: 0 } }]);
		editor.replaceSelection("1st ");
		expect(editor.getLine(0)).toBe("1st line");
		expect(editor.getCursor()).toEqual({ line: 0, ch: 4 });
		expect(editor.somethingSelected()).toBe(false);
	});

	it("replaceRange keeps cursors before the change and moves those after it", async () => {
		const { editor } = await openEditor();
		editor.setCursor(1, 3);
		editor.replaceRange(">> ", { line: 0, ch: 0 });
		expect(editor.getLine(0)).toBe(">> first line");
		expect(editor.getCursor()).toEqual({ line: 1, ch: 3 });
		editor.setCursor(0, 3);
		editor.replaceRange("X", { line: 0, ch: 3 });
		expect(editor.getCursor()).toEqual({ line: 0, ch: 3 });
		editor.replaceRange("", { line: 0, ch: 0 }, { line: 1, ch: 0 });
		expect(editor.getValue()).toBe("second line\n");
	});

	it("applies a transaction's changes against the original text", async () => {
		const { editor } = await openEditor();
		editor.transaction({
			changes: [
				{ from: { line: 0, ch: 0 }, to: { line: 0, ch: 5 }, text: "1st" },
				{ from: { line: 1, ch: 0 }, to: { line: 1, ch: 6 }, text: "2nd" },
			],
			selection: { from: { line: 1, ch: 0 } },
		});
		expect(editor.getValue()).toBe("1st line\n2nd line\n");
		expect(editor.getCursor()).toEqual({ line: 1, ch: 0 });
	});

	it("fires editor-change and saves to the file two seconds after the last edit", async () => {
		vi.useFakeTimers();
		const { app, file, editor } = await openEditor();
		const changes: string[] = [];
		app.workspace.on("editor-change", (ed: Editor) => changes.push(ed.getLine(0)));
		editor.setLine(0, "edited");
		vi.advanceTimersByTime(1500);
		editor.replaceRange("!", { line: 0, ch: 6 });
		vi.advanceTimersByTime(1500);
		expect(await app.vault.read(file)).toBe("first line\nsecond line\n");
		vi.advanceTimersByTime(600);
		await vi.waitFor(async () => expect(await app.vault.read(file)).toBe("edited!\nsecond line\n"));
		expect(changes).toEqual(["edited", "edited!"]);
	});

	it("shows changes made to the file on disk", async () => {
		const { app, file, editor } = await openEditor();
		await app.vault.modify(file, "from disk");
		await flush();
		expect(editor.getValue()).toBe("from disk");
	});
});
