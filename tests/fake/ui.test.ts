/**
 * The fake's UI pieces and DOM helpers, used by view and settings tests.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { Component, debounce, getLanguage, MarkdownRenderer, Menu, Modal, moment, Notice, Setting, setIcon } from "obsidian";
import { clickMenuItem, createFakeApp, menuItemTitles, notices, openModals, shownMenus } from "./obsidian/index";

afterEach(() => {
	vi.useRealTimers();
	document.body.replaceChildren();
});

describe("DOM helpers installed by tests/fake/setup.ts", () => {
	it("createEl takes classes, text, attributes and a parent, and returns the element", () => {
		const parent = createDiv();
		const seen: HTMLElement[] = [];
		const el = parent.createEl("a", { cls: ["x", "y"], text: "label", attr: { "data-id": 3, hidden: null }, href: "#h", title: "tip" }, (e) => seen.push(e));
		expect(el.outerHTML).toBe('<a class="x y" data-id="3" title="tip" href="#h">label</a>');
		expect(seen).toEqual([el]);
		expect(parent.createDiv("first").parentElement).toBe(parent);
		expect(parent.createSpan({ cls: "s", prepend: true })).toBe(parent.firstChild);
		expect(createEl("input", { type: "checkbox", value: "v", placeholder: "p" }).outerHTML).toContain('type="checkbox"');
	});

	it("empty, setText, classes, attributes and find behave like Obsidian's", () => {
		const el = createDiv({ text: "old" });
		el.createSpan({ text: "child" });
		el.setText("new");
		expect(el.innerHTML).toBe("new");
		el.empty();
		expect(el.childNodes).toHaveLength(0);
		el.addClass("a", "b");
		el.toggleClass("a", false);
		el.toggleClass(["c"], true);
		expect([el.hasClass("a"), el.hasClass("b"), el.hasClass("c")]).toEqual([false, true, true]);
		el.setAttr("aria-label", "x");
		expect(el.getAttr("aria-label")).toBe("x");
		el.setAttr("aria-label", null);
		expect(el.getAttr("aria-label")).toBeNull();
		expect(el.find(".missing")).toBeNull();
		el.createDiv("item");
		el.createDiv("item");
		expect(el.findAll(".item")).toHaveLength(2);
		el.find(".item").detach();
		expect(el.findAll(".item")).toHaveLength(1);
	});

	it("show, hide and toggle use inline display", () => {
		const el = document.body.createDiv();
		el.hide();
		expect(el.isShown()).toBe(false);
		el.toggle(true);
		expect(el.isShown()).toBe(true);
		expect(createDiv().isShown()).toBe(false);
	});

	it("provides the global helpers and built-in extensions", () => {
		expect(activeDocument).toBe(document);
		expect(activeWindow).toBe(window);
		const frag = createFragment((f) => f.createSpan({ text: "in fragment" }));
		expect(frag.textContent).toBe("in fragment");
		expect([1, 2, 2].unique()).toEqual([1, 2]);
		expect([1, 2].contains(2)).toBe(true);
		expect([1, 2].last()).toBe(2);
		expect("abc".contains("b")).toBe(true);
		expect(Math.clamp(5, 0, 3)).toBe(3);
	});

	it("delegated on() finds the matching descendant", () => {
		const list = document.body.createDiv();
		const item = list.createDiv("item").createSpan({ text: "x" });
		const hits: string[] = [];
		list.on("click", ".item", (_ev, target) => hits.push(target.className));
		item.click();
		list.click();
		expect(hits).toEqual(["item"]);
	});
});

describe("Setting", () => {
	it("builds the row and passes typed text, toggles and choices to onChange", () => {
		const container = createDiv();
		const values: unknown[] = [];
		new Setting(container)
			.setName("Name")
			.setDesc("Description")
			.addText((t) => t.setPlaceholder("type").setValue("start").onChange((v) => values.push(v)))
			.addToggle((t) => t.setValue(true).onChange((v) => values.push(v)))
			.addDropdown((d) => d.addOptions({ a: "A", b: "B" }).setValue("b").onChange((v) => values.push(v)))
			.addButton((b) => b.setButtonText("Go").setCta().onClick(() => values.push("clicked")));
		expect(container.querySelector(".setting-item-name")?.textContent).toBe("Name");
		expect(container.querySelector(".setting-item-description")?.textContent).toBe("Description");
		const input = container.querySelector("input[type=text]") as HTMLInputElement;
		expect(input.value).toBe("start");
		input.value = "typed";
		input.dispatchEvent(new Event("input"));
		(container.querySelector(".checkbox-container") as HTMLElement).click();
		const select = container.querySelector("select") as HTMLSelectElement;
		expect(select.value).toBe("b");
		select.value = "a";
		select.dispatchEvent(new Event("change"));
		(container.querySelector("button") as HTMLButtonElement).click();
		expect(values).toEqual(["typed", false, "a", "clicked"]);
		expect(container.querySelector("button")?.classList.contains("mod-cta")).toBe(true);
	});

	it("marks headings and disables its controls", () => {
		const container = createDiv();
		let clicks = 0;
		const setting = new Setting(container).setName("Section").setHeading().addButton((b) => b.onClick(() => clicks++));
		setting.setDisabled(true);
		container.querySelector("button")?.click();
		expect(clicks).toBe(0);
		expect(setting.settingEl.classList.contains("setting-item-heading")).toBe(true);
	});
});

describe("Modal, Notice, Menu, icons", () => {
	it("Modal.open attaches and calls onOpen; close detaches and calls onClose", () => {
		const log: string[] = [];
		class Ask extends Modal {
			override onOpen(): void {
				log.push("open");
				this.setTitle("Title");
				this.contentEl.createEl("p", { text: "Body" });
			}

			override onClose(): void {
				log.push("close");
				this.contentEl.empty();
			}
		}
		const modal = new Ask(createFakeApp());
		modal.open();
		expect(document.body.contains(modal.containerEl)).toBe(true);
		expect(modal.titleEl.textContent).toBe("Title");
		expect(openModals).toEqual([modal]);
		modal.close();
		modal.close();
		expect(log).toEqual(["open", "close"]);
		expect(document.body.contains(modal.containerEl)).toBe(false);
	});

	it("records notices with their current text", () => {
		vi.useFakeTimers();
		const notice = new Notice("Saved");
		new Notice(createFragment((f) => f.createEl("b", { text: "Bold" })), 0);
		notice.setMessage("Saved twice");
		expect(notices.map((n) => n.text)).toEqual(["Saved twice", "Bold"]);
		vi.advanceTimersByTime(10_000);
		expect(notices.map((n) => n.hidden)).toEqual([true, false]);
	});

	it("records menu items and runs their callbacks", async () => {
		const app = createFakeApp({ "n.md": "" });
		const clicked: string[] = [];
		app.workspace.on("file-menu", (menu: Menu, file: { path: string }) => {
			menu.addItem((item) => item.setTitle("Park").setIcon("archive").onClick(() => clicked.push(file.path)));
			menu.addSeparator();
			menu.addItem((item) => item.setTitle("Off").setDisabled(true));
		});
		const menu = new Menu();
		app.workspace.trigger("file-menu", menu, app.vault.getFileByPath("n.md"), "file-explorer");
		menu.showAtMouseEvent(new MouseEvent("contextmenu"));
		expect(menuItemTitles(menu)).toEqual(["Park", "Off"]);
		expect(shownMenus).toEqual([menu]);
		await clickMenuItem(menu, "Park");
		await expect(clickMenuItem(menu, "Off")).rejects.toThrow("disabled");
		expect(clicked).toEqual(["n.md"]);
	});

	it("setIcon replaces the content with one named svg", () => {
		const el = createDiv({ text: "old" });
		setIcon(el, "dice");
		setIcon(el, "calendar");
		expect(el.children).toHaveLength(1);
		expect(el.firstElementChild?.getAttribute("data-icon")).toBe("calendar");
		expect(el.firstElementChild?.classList.contains("svg-icon")).toBe(true);
	});
});

describe("MarkdownRenderer", () => {
	it("renders internal links, tags, tasks and headings", async () => {
		const el = createDiv();
		const component = new Component();
		await MarkdownRenderer.render(createFakeApp(), "# Title\n\nSee [[Note|the note]] #tag\n\n- [x] done\n- item", el, "", component);
		component.unload();
		expect(el.querySelector("h1")?.textContent).toBe("Title");
		const link = el.querySelector("a.internal-link") as HTMLAnchorElement;
		expect([link.getAttribute("data-href"), link.textContent]).toEqual(["Note", "the note"]);
		expect(el.querySelector("a.tag")?.textContent).toBe("#tag");
		expect((el.querySelector("input.task-list-item-checkbox") as HTMLInputElement).checked).toBe(true);
		expect(el.querySelectorAll("li")).toHaveLength(2);
	});
});

describe("debounce", () => {
	it("runs once after the timeout with the latest arguments", () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const fn = debounce((n: number) => calls.push(n), 100);
		fn(1);
		vi.advanceTimersByTime(60);
		fn(2);
		vi.advanceTimersByTime(40);
		expect(calls).toEqual([2]);
	});

	it("with resetTimer, each call restarts the wait", () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const fn = debounce((n: number) => calls.push(n), 100, true);
		fn(1);
		vi.advanceTimersByTime(60);
		fn(2);
		vi.advanceTimersByTime(60);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(40);
		expect(calls).toEqual([2]);
	});

	it("run() fires a pending call now, cancel() drops it", () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const fn = debounce((n: number) => calls.push(n), 100);
		fn(1).run();
		fn.run();
		fn(2).cancel();
		vi.advanceTimersByTime(200);
		expect(calls).toEqual([1]);
	});
});

describe("environment", () => {
	it("getLanguage follows the app's language, English by default", () => {
		createFakeApp({}, { language: "zh" });
		expect(getLanguage()).toBe("zh");
		createFakeApp();
		expect(getLanguage()).toBe("en");
	});

	it("exports moment", () => {
		// obsidian.d.ts types `moment` as a namespace import, which is not callable under esModuleInterop.
		const call = moment as unknown as (input: string) => { format(pattern: string): string };
		expect(call("2024-03-01").format("YYYY-MM-DD")).toBe("2024-03-01");
	});
});
