/**
 * Component and Plugin lifecycles in the fake: load/unload order, cleanup of what a
 * plugin registered, commands, data, ribbon and status bar.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { Component, ItemView, MarkdownView, Plugin, type WorkspaceLeaf } from "obsidian";
import { createFakeApp, flush, loadPlugin, unloadPlugin } from "./obsidian/index";

afterEach(() => {
	vi.useRealTimers();
});

class Logged extends Component {
	constructor(private readonly name: string, private readonly log: string[]) {
		super();
	}

	override onload(): void {
		this.log.push(`load ${this.name}`);
		this.register(() => this.log.push(`cleanup ${this.name}`));
	}

	override onunload(): void {
		this.log.push(`unload ${this.name}`);
	}
}

describe("Component", () => {
	it("loads parent before children; unloads children (last first), then runs cleanups (last first), then onunload", () => {
		const log: string[] = [];
		const parent = new Logged("parent", log);
		parent.addChild(new Logged("a", log));
		parent.addChild(new Logged("b", log));
		parent.load();
		parent.load();
		parent.register(() => log.push("late cleanup"));
		parent.unload();
		parent.unload();
		expect(log).toEqual(["load parent", "load a", "load b", "cleanup b", "unload b", "cleanup a", "unload a", "late cleanup", "cleanup parent", "unload parent"]);
	});

	it("loads a child added to a loaded parent at once; removeChild unloads it", () => {
		const log: string[] = [];
		const parent = new Logged("parent", log);
		parent.load();
		const child = parent.addChild(new Logged("child", log));
		parent.removeChild(child);
		expect(log).toEqual(["load parent", "load child", "cleanup child", "unload child"]);
	});

	it("registerEvent, registerDomEvent and registerInterval are undone on unload", () => {
		vi.useFakeTimers();
		const app = createFakeApp({ "n.md": "" });
		const component = new Component();
		component.load();
		let events = 0;
		let clicks = 0;
		let ticks = 0;
		component.registerEvent(app.vault.on("modify", () => events++));
		const el = document.createElement("div");
		component.registerDomEvent(el, "click", () => clicks++);
		component.registerInterval(window.setInterval(() => ticks++, 100));
		app.vault.trigger("modify");
		el.click();
		vi.advanceTimersByTime(250);
		component.unload();
		app.vault.trigger("modify");
		el.click();
		vi.advanceTimersByTime(250);
		expect([events, clicks, ticks]).toEqual([1, 1, 2]);
	});
});

const VIEW = "test-view";

class TestView extends ItemView {
	opened = 0;
	closed = 0;

	getViewType(): string {
		return VIEW;
	}

	getDisplayText(): string {
		return "Test view";
	}

	override async onOpen(): Promise<void> {
		this.opened++;
		this.contentEl.createEl("p", { text: "hello" });
	}

	override async onClose(): Promise<void> {
		this.closed++;
	}
}

class TestPlugin extends Plugin {
	settings: { count: number } = { count: 0 };
	log: string[] = [];

	override async onload(): Promise<void> {
		await Promise.resolve();
		this.settings = { count: 0, ...((await this.loadData()) as { count: number } | null) };
		this.registerView(VIEW, (leaf: WorkspaceLeaf) => new TestView(leaf));
		this.addCommand({ id: "plain", name: "Plain", callback: () => this.log.push("plain") });
		this.addCommand({
			id: "checked",
			name: "Checked",
			checkCallback: (checking: boolean) => {
				this.log.push(`check ${checking}`);
				return this.settings.count > 0;
			},
		});
		this.addCommand({ id: "editor", name: "Editor", editorCallback: (editor) => editor.replaceSelection("!") });
		this.addRibbonIcon("dice", "Roll", () => this.log.push("ribbon"));
		this.addStatusBarItem().setText("status");
		this.registerEvent(this.app.vault.on("create", () => this.log.push("create")));
		this.log.push("loaded");
	}

	override onunload(): void {
		this.log.push("unloaded");
	}
}

describe("Plugin", () => {
	it("loadPlugin awaits an async onload", async () => {
		const app = createFakeApp();
		const plugin = await loadPlugin(TestPlugin, app, { id: "test", name: "Test" });
		expect(plugin.log).toEqual(["loaded"]);
		expect(plugin.app).toBe(app);
		expect(plugin.manifest.id).toBe("test");
	});

	it("prefixes command ids and names and runs them like Obsidian", async () => {
		const app = createFakeApp({ "n.md": "text" });
		const plugin = await loadPlugin(TestPlugin, app, { id: "test", name: "Test" });
		expect(app.commands.listCommands().map((c) => [c.id, c.name])).toEqual([
			["test:plain", "Test: Plain"],
			["test:checked", "Test: Checked"],
			["test:editor", "Test: Editor"],
		]);
		expect(app.commands.executeCommandById("test:plain")).toBe(true);
		expect(app.commands.executeCommandById("test:checked")).toBe(false);
		plugin.settings.count = 1;
		expect(app.commands.executeCommandById("test:checked")).toBe(true);
		expect(plugin.log.slice(1)).toEqual(["plain", "check true", "check true", "check false"]);
		expect(app.commands.executeCommandById("test:editor")).toBe(false);
		await app.workspace.setActiveFile(app.vault.getFileByPath("n.md"));
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		view.editor.setCursor({ line: 0, ch: 4 });
		expect(app.commands.executeCommandById("test:editor")).toBe(true);
		expect(view.editor.getValue()).toBe("text!");
		expect(app.commands.executeCommandById("test:missing")).toBe(false);
	});

	it("keeps data as JSON per plugin id across reloads", async () => {
		const app = createFakeApp();
		const first = await loadPlugin(TestPlugin, app, { id: "test" });
		expect(await first.loadData()).toBeNull();
		const data = { count: 2, when: new Date(0) };
		await first.saveData(data);
		data.count = 99;
		await unloadPlugin(first);
		const second = await loadPlugin(TestPlugin, app, { id: "test" });
		expect(second.settings.count).toBe(2);
		expect(await second.loadData()).toEqual({ count: 2, when: "1970-01-01T00:00:00.000Z" });
		expect(await app.vault.adapter.exists(".obsidian/plugins/test/data.json")).toBe(true);
	});

	it("undoes everything it registered on unload", async () => {
		const app = createFakeApp();
		const plugin = await loadPlugin(TestPlugin, app, { id: "test" });
		const leaf = app.workspace.getRightLeaf(false)!;
		await leaf.setViewState({ type: VIEW, active: true });
		const view = leaf.view as TestView;
		(app.ribbonEl.querySelector(".side-dock-ribbon-action") as HTMLElement).click();
		expect(app.statusBarEl.textContent).toBe("status");
		await unloadPlugin(plugin);
		await flush();
		await app.vault.create("new.md", "");
		expect(plugin.log).toEqual(["loaded", "ribbon", "unloaded"]);
		expect(app.commands.listCommands()).toEqual([]);
		expect(app.ribbonEl.children).toHaveLength(0);
		expect(app.statusBarEl.children).toHaveLength(0);
		expect(view.closed).toBe(1);
		expect(leaf.view.getViewType()).toBe("empty");
		expect(app.workspace.getLeavesOfType(VIEW)).toEqual([]);
	});

	it("refuses to register the same view type twice", async () => {
		const app = createFakeApp();
		await loadPlugin(TestPlugin, app, { id: "one" });
		const error = await loadPlugin(TestPlugin, app, { id: "two" }).catch((e: unknown) => e);
		expect(String(error)).toContain(VIEW);
	});
});

