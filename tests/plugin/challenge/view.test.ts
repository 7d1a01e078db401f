import { MarkdownView, TFile } from "obsidian";
import { clickMenuItem, menuItemTitles, openModals } from "../../fake/obsidian/index";
import { describe, expect, it, vi } from "vitest";
import { useFixedClock } from "../clock";
import { fileMenu, openPart } from "../dom";
import { type Harness, loadPlugin } from "../harness";

const RUST = "---\ntags: [challenge]\nstatus: current\ndeadline: 2026-12-01\n---\n# Rust\n\n## Action items\n- [x] install ✅ 2026-11-20\n- [ ] read [[Clap]] docs and [site](https://clap.rs)\n  - [ ] nested `code`\n- [-] dropped\n";

useFixedClock(new Date(2026, 10, 27, 8, 0));

const part = (h: Harness) => openPart(h, "challenge");

/** Polls until `check` passes, failing after `ms` of real time. */
async function within(ms: number, check: () => void): Promise<number> {
	const start = performance.now();
	for (;;) {
		try {
			check();
			return performance.now() - start;
		} catch (e) {
			if (performance.now() - start > ms) throw e;
			await new Promise((r) => setTimeout(r, 20));
		}
	}
}

const itemTexts = (el: HTMLElement) => [...el.querySelectorAll(".jitl-action-item-text")].map((e) => e.textContent);

describe("the current challenge part", () => {
	it("shows title, deadline, progress and the items as real, labelled checkboxes", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST, "Clap.md": "clap" } });
		const el = await part(h);
		expect(el.querySelector(".jitl-challenge-title")?.textContent).toBe("Rust");
		expect(el.querySelector(".jitl-challenge-deadline")?.textContent).toBe("4 days left");
		expect(el.querySelector(".jitl-progress-text")?.textContent).toBe("1 of 3 done");
		expect(el.querySelector<HTMLElement>(".jitl-progress-fill")?.style.getPropertyValue("--jitl-progress")).toBe("33%");
		expect(el.querySelector(".jitl-progress-bar")?.getAttribute("aria-valuenow")).toBe("1");
		expect(h.plugin.app.workspace.getLeavesOfType("jit-learning-sidebar")[0].view.containerEl.querySelector(".jitl-part-challenge .jitl-part-count")?.textContent).toBe("1/3");
		const boxes = [...el.querySelectorAll<HTMLInputElement>("input.task-list-item-checkbox")];
		expect(boxes.map((b) => b.type)).toEqual(["checkbox", "checkbox", "checkbox", "checkbox"]);
		expect(boxes.map((b) => b.checked)).toEqual([true, false, false, true]);
		expect(boxes.map((b) => b.getAttribute("aria-label"))).toEqual([
			"install",
			"read [[Clap]] docs and [site](https://clap.rs)",
			"nested `code`",
			"dropped (cancelled)",
		]);
		expect(boxes.every((b) => !b.disabled && b.tabIndex !== -1)).toBe(true);
		expect(itemTexts(el)).toEqual(["install", "read Clap docs and site", "nested code", "dropped"]);
		expect(el.querySelector(".jitl-action-item-text a.external-link")?.getAttribute("href")).toBe("https://clap.rs");
		expect(el.querySelector(".jitl-action-item-text code")?.textContent).toBe("code");
	});

	it("says due today, one day left and overdue", async () => {
		const cases: [string, string][] = [
			["2026-11-27", "Due today"],
			["2026-11-28", "One day left"],
			["2026-11-26", "One day overdue"],
			["2026-11-20", "7 days overdue"],
		];
		for (const [deadline, text] of cases) {
			const h = await loadPlugin({ files: { "C.md": `---\ntags: [challenge]\nstatus: current\ndeadline: ${deadline}\n---\n` } });
			const el = await part(h);
			const d = el.querySelector(".jitl-challenge-deadline");
			expect(d?.textContent).toBe(text);
			expect(d?.classList.contains("is-overdue")).toBe(deadline < "2026-11-27");
		}
	});

	it("opens the challenge from its title, by click and by keyboard", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST, "Other.md": "x" } });
		const el = await part(h);
		await h.open("Other.md");
		el.querySelector<HTMLElement>(".jitl-challenge-title")?.click();
		await h.settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe("Rust.md");
		await h.open("Other.md");
		el.querySelector<HTMLElement>(".jitl-challenge-title")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await h.settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe("Rust.md");
	});

	it("opens an internal link in an item's text, and jumps to the item's line on a click elsewhere", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST, "Clap.md": "clap notes" } });
		const el = await part(h);
		const text = el.querySelectorAll<HTMLElement>(".jitl-action-item-text")[1];
		text.querySelector<HTMLElement>("a.internal-link")?.click();
		await h.settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe("Clap.md");
		expect(h.read("Rust.md")).toBe(RUST);
		el.querySelectorAll<HTMLElement>(".jitl-action-item-text")[2].click();
		await h.settle();
		const view = h.app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file?.path).toBe("Rust.md");
		expect(view?.editor.getCursor().line).toBe(10);
		el.querySelectorAll<HTMLElement>(".jitl-action-item-text")[0].dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		await h.settle();
		expect(h.app.workspace.getActiveViewOfType(MarkdownView)?.editor.getCursor().line).toBe(8);
	});

	it("says how to start when the challenge has no items, and its + button adds one", async () => {
		const h = await loadPlugin({ files: { "Go.md": "---\ntags: [challenge]\nstatus: current\n---\n# Go\n" } });
		const el = await part(h);
		expect(el.querySelector(".jitl-empty-text")?.textContent).toBe("No action items yet");
		expect(el.querySelector(".jitl-progress-bar")).toBeNull();
		el.querySelector<HTMLButtonElement>("button[aria-label='Add action item']")?.click();
		await h.settle();
		const input = openModals[0].contentEl.querySelector<HTMLInputElement>("input");
		if (!input) throw new Error("no modal");
		input.value = "tour";
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await h.settle();
		expect(h.read("Go.md")).toBe("---\ntags: [challenge]\nstatus: current\n---\n# Go\n\n## Action items\n- [ ] tour\n");
	});

	it("its done button completes the challenge", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST } });
		const el = await part(h);
		el.querySelector<HTMLButtonElement>("button[aria-label='Mark as done']")?.click();
		await h.settle();
		expect(h.read("Rust.md")).toContain("status: done");
	});

	it("without a current challenge, says how to set one", async () => {
		const h = await loadPlugin({ files: { "Note.md": "x" } });
		const el = await part(h);
		expect(el.querySelector(".jitl-empty-text")?.textContent).toBe("No current challenge");
		expect(el.querySelector(".jitl-empty-hint")?.textContent).toBe(
			"Tag a note with #challenge, open it, and run “Set as current challenge” from the command palette or the note's menu.",
		);
		expect(el.querySelector(".jitl-pick-row")).toBeNull();
	});

	it("with several current notes, names them, says which one it shows, and can keep only that one", async () => {
		const h = await loadPlugin({ files: {
			"Old.md": { content: "---\ntags: [challenge]\nstatus: current\n---\n- [ ] old item\n", mtime: 1000 },
			"New.md": { content: "---\ntags: [challenge]\nstatus: current\n---\n- [ ] new item\n", mtime: 5000 },
		} });
		const el = await part(h);
		expect(el.querySelector(".jitl-challenge-conflict")?.textContent).toContain(
			"2 notes are marked current: New, Old. Showing “New”, the most recently changed.",
		);
		expect(el.querySelector(".jitl-challenge-title")?.textContent).toBe("New");
		expect(itemTexts(el)).toEqual(["new item"]);
		el.querySelector<HTMLButtonElement>(".jitl-challenge-keep")?.click();
		await h.settle();
		expect(h.read("Old.md")).toBe("---\ntags:\n  - challenge\nstatus: active\n---\n- [ ] old item\n");
		expect(h.read("New.md")).toBe("---\ntags: [challenge]\nstatus: current\n---\n- [ ] new item\n");
		expect((await part(h)).querySelector(".jitl-challenge-conflict")).toBeNull();
	});

	it("speaks Chinese when Obsidian does", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST }, language: "zh" });
		const el = await part(h);
		expect(el.querySelector(".jitl-challenge-deadline")?.textContent).toBe("还剩 4 天");
		expect(el.querySelector(".jitl-progress-text")?.textContent).toBe("已完成 1/3");
	});
});

describe("the part follows the vault, one note at a time", () => {
	it("shows an item added to the file within a second, without rescanning the vault", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST } });
		const el = await part(h);
		const upserts = vi.spyOn(h.ctx.index, "upsert");
		await h.app.vault.process(h.file("Rust.md"), (t) => `${t}- [ ] appended by hand\n`);
		const took = await within(1000, () => {
			const now = h.app.workspace.getLeavesOfType("jit-learning-sidebar")[0].view.containerEl;
			expect([...now.querySelectorAll(".jitl-action-item-text")].map((e) => e.textContent)).toContain("appended by hand");
		});
		expect(took).toBeLessThan(1000);
		expect(upserts.mock.calls.map(([r]) => r.path)).toEqual(["Rust.md"]);
		void el;
	});

	it("shows typing in the editor within a second, before the editor saves", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST } });
		const view = await h.open("Rust.md");
		await part(h);
		const upserts = vi.spyOn(h.ctx.index, "upsert");
		view.editor.replaceRange("- [ ] typed in the editor\n", { line: view.editor.lastLine(), ch: 0 });
		await within(1000, () => {
			const now = h.app.workspace.getLeavesOfType("jit-learning-sidebar")[0].view.containerEl;
			expect([...now.querySelectorAll(".jitl-action-item-text")].map((e) => e.textContent)).toContain("typed in the editor");
		});
		expect(h.read("Rust.md")).toBe(RUST);
		expect(new Set(upserts.mock.calls.map(([r]) => r.path))).toEqual(new Set(["Rust.md"]));
	});

	it("follows a rename of the challenge, and toggles at the new path", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST } });
		await part(h);
		await h.app.fileManager.renameFile(h.file("Rust.md"), "Rust 2.md");
		await h.settle();
		const el = await part(h);
		expect(el.querySelector(".jitl-challenge-title")?.textContent).toBe("Rust 2");
		el.querySelectorAll<HTMLInputElement>("input.task-list-item-checkbox")[1].click();
		await h.settle();
		expect(h.read("Rust 2.md")).toContain("- [x] read [[Clap]] docs and [site](https://clap.rs) ✅ 2026-11-27\n");
	});

	it("says there is no current challenge once it is deleted", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST, "Go.md": "---\ntags: [challenge]\n---\n" } });
		await part(h);
		await h.app.vault.delete(h.file("Rust.md"));
		await within(1000, () => {
			const now = h.app.workspace.getLeavesOfType("jit-learning-sidebar")[0].view.containerEl;
			expect(now.querySelector(".jitl-part-challenge .jitl-empty-text")?.textContent).toBe("No current challenge");
			expect(now.querySelector(".jitl-pick-title")?.textContent).toBe("Go");
		});
	});
});

describe("the note's file menu", () => {
	it("offers what fits each note", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST, "Go.md": "---\ntags: [challenge]\n---\n", "Just in case/Later.md": "x", "pic.png": "" } });
		// Other features add their own items; these are the challenge ones.
		const ours = (path: string) => menuItemTitles(fileMenu(h, path)).filter((t) => /challenge/.test(t));
		expect(ours("Rust.md")).toEqual(["Add action item to current challenge", "Mark current challenge as done"]);
		expect(ours("Go.md")).toEqual(["Set as current challenge"]);
		expect(ours("Just in case/Later.md")).toEqual([]);
		expect(ours("pic.png")).toEqual([]);
		expect(h.app.vault.getAbstractFileByPath("pic.png")).toBeInstanceOf(TFile);
	});

	it("sets a note current from its menu", async () => {
		const h = await loadPlugin({ files: { "Rust.md": RUST, "Go.md": "---\ntags: [challenge]\n---\n" } });
		await clickMenuItem(fileMenu(h, "Go.md"), "Set as current challenge");
		await h.settle();
		expect(h.ctx.index.current().chosen?.record.path).toBe("Go.md");
		expect(h.read("Rust.md")).toContain("status: active");
	});
});
