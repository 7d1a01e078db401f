import { describe, expect, it } from "vitest";
import { addActionItem } from "../../../src/features/challenge/addActionItem";
import { completeChallenge } from "../../../src/features/challenge/completeChallenge";
import { openModals } from "../../fake/obsidian/index";
import { useFixedClock } from "../clock";
import { buttonNamed, lastModal, openPart, press } from "../dom";
import { loadPlugin } from "../harness";
import { body } from "../notes";

const CURRENT = "---\ntags: [challenge]\nstatus: current\ndeadline: 2026-12-01\n---\n# Rust\n\n## Action items\n- [ ] read\n- [x] install\n\n## Notes\nmore\n";

useFixedClock(new Date(2026, 10, 27, 9, 30));

function modalInput(): HTMLInputElement {
	const input = lastModal().contentEl.querySelector<HTMLInputElement>("input.jitl-add-item-input");
	if (!input) throw new Error("no add-action-item modal");
	return input;
}

describe("complete-challenge", () => {
	it("is unavailable without a current challenge", async () => {
		const h = await loadPlugin({ files: { "A.md": "---\ntags: [challenge]\nstatus: active\n---\nx" } });
		expect(h.isAvailable("complete-challenge")).toBe(false);
		expect(h.runCommand("complete-challenge")).toBe(false);
		expect(h.read("A.md")).toBe("---\ntags: [challenge]\nstatus: active\n---\nx");
	});

	it("sets status done and completed today through the properties, body unchanged", async () => {
		const h = await loadPlugin({ files: { "Rust.md": CURRENT, "Go.md": "---\ntags: [challenge]\n---\ngo" } });
		expect(h.runCommand("complete-challenge")).toBe(true);
		await h.settle();
		const text = h.read("Rust.md");
		expect(body(text)).toBe(body(CURRENT));
		expect(text).toContain("status: done\n");
		expect(text).toMatch(/completed: ["']?2026-11-27["']?\n/);
		expect(h.ctx.index.challenge("Rust.md")?.completed).toBe("2026-11-27");
		expect(h.ctx.index.current().chosen).toBeNull();
		expect(h.noticeTexts()).toEqual(["“Rust” is done. Pick your next challenge in the sidebar."]);
		expect(h.isAvailable("complete-challenge")).toBe(false);
	});

	it("then the sidebar offers the active challenges, and picking one makes it current", async () => {
		const h = await loadPlugin({ files: { "Rust.md": CURRENT, "Go.md": "---\ntags: [challenge]\n---\ngo", "Done.md": "---\ntags: [challenge]\nstatus: done\n---\n" } });
		h.runCommand("complete-challenge");
		await h.settle();
		const part = await openPart(h, "challenge");
		expect(part.textContent).toContain("No current challenge");
		const rows = [...part.querySelectorAll(".jitl-pick-row")];
		expect(rows.map((r) => r.querySelector(".jitl-pick-title")?.textContent)).toEqual(["Go"]);
		const button = rows[0].querySelector<HTMLButtonElement>("button.jitl-pick-set");
		expect(button?.getAttribute("aria-label")).toBe("Set “Go” as the current challenge");
		button?.click();
		await h.settle();
		expect(h.read("Go.md")).toBe("---\ntags:\n  - challenge\nstatus: current\n---\ngo");
		expect(h.ctx.index.current().chosen?.record.path).toBe("Go.md");
	});
});

describe("run while the vault is still being indexed", () => {
	it("waits for the index, then completes the current challenge", async () => {
		const h = await loadPlugin({ files: { "Rust.md": CURRENT }, layoutReady: false });
		expect(h.ctx.isReady).toBe(false);
		expect(h.runCommand("complete-challenge")).toBe(true);
		await h.flush();
		expect(h.read("Rust.md")).toBe(CURRENT);
		h.app.workspace.triggerLayoutReady();
		await h.settle();
		expect(h.read("Rust.md")).toContain("status: done");
	});

	it("waits for the index, then says when there is no current challenge", async () => {
		const h = await loadPlugin({ files: { "A.md": "---\ntags: [challenge]\n---\n" }, layoutReady: false });
		expect(h.runCommand("add-action-item")).toBe(true);
		h.app.workspace.triggerLayoutReady();
		await h.flush();
		await h.ctx.writes.idle();
		expect(openModals).toHaveLength(0);
		expect(h.noticeTexts()).toEqual(["There is no current challenge. Open a challenge note and set it as current first."]);
	});
});

describe("completeChallenge called with no current challenge", () => {
	it("writes nothing and says so", async () => {
		const h = await loadPlugin({ files: { "A.md": "---\ntags: [challenge]\n---\n" } });
		expect(await completeChallenge(h.ctx)).toBe(false);
		expect(h.read("A.md")).toBe("---\ntags: [challenge]\n---\n");
		expect(h.noticeTexts()).toEqual(["There is no current challenge. Open a challenge note and set it as current first."]);
	});
});

describe("add-action-item", () => {
	it("is unavailable without a current challenge", async () => {
		const h = await loadPlugin({ files: { "A.md": "---\ntags: [challenge]\n---\nx" } });
		expect(h.isAvailable("add-action-item")).toBe(false);
		expect(openModals).toHaveLength(0);
	});

	it("asks for the text and appends `- [ ] text` at the end of the Action items section", async () => {
		const h = await loadPlugin({ files: { "Rust.md": CURRENT } });
		expect(h.runCommand("add-action-item")).toBe(true);
		await h.settle();
		const modal = openModals[0];
		expect(modal.titleEl.textContent).toBe("Add action item");
		expect(modal.contentEl.textContent).toContain("It goes to “Rust”, under the heading “Action items”.");
		const input = modalInput();
		input.value = "write a CLI with [[clap]]";
		press(input, "Enter");
		expect(openModals).toHaveLength(0);
		await h.settle();
		expect(h.read("Rust.md")).toBe(CURRENT.replace("- [x] install\n", "- [x] install\n- [ ] write a CLI with [[clap]]\n"));
		expect(h.noticeTexts()).toEqual(["Action item added to “Rust”."]);
		expect(h.ctx.index.challenge("Rust.md")?.actionItems.map((i) => i.textWithoutDoneDate)).toEqual(["read", "install", "write a CLI with [[clap]]"]);
	});

	it("creates the section when the note has none", async () => {
		const note = "---\ntags: [challenge]\nstatus: current\n---\n# Go\n\nintro\n";
		const h = await loadPlugin({ files: { "Go.md": note } });
		h.runCommand("add-action-item");
		await h.settle();
		modalInput().value = "tour of go";
		openModals[0].contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await h.settle();
		expect(h.read("Go.md")).toBe(`${note}\n## Action items\n- [ ] tour of go\n`);
	});

	it("uses the configured heading", async () => {
		const note = "---\ntags: [challenge]\nstatus: current\n---\n## 行动项\n- [ ] 一\n";
		const h = await loadPlugin({ files: { "中文.md": note }, settings: { actionItemsHeading: "行动项" } });
		h.runCommand("add-action-item");
		await h.settle();
		modalInput().value = "二";
		press(modalInput(), "Enter");
		await h.settle();
		expect(h.read("中文.md")).toBe(`${note}- [ ] 二\n`);
	});

	it("keeps a pasted multi-line text on one line", async () => {
		// An <input> already drops line breaks; text given to the write itself is cleaned too.
		const h = await loadPlugin({ files: { "Rust.md": CURRENT } });
		await addActionItem(h.ctx, "Rust.md", "  first\nsecond\t third  ");
		await h.settle();
		expect(h.read("Rust.md")).toContain("- [x] install\n- [ ] first second third\n\n## Notes");
	});

	it("does not add an empty item: the modal stays open and says why", async () => {
		const h = await loadPlugin({ files: { "Rust.md": CURRENT } });
		h.runCommand("add-action-item");
		await h.settle();
		modalInput().value = "   ";
		press(modalInput(), "Enter");
		await h.settle();
		expect(openModals).toHaveLength(1);
		const error = openModals[0].contentEl.querySelector(".jitl-modal-error");
		expect(error?.classList.contains("jitl-hidden")).toBe(false);
		expect(error?.textContent).toBe("Write the action item first.");
		expect(h.read("Rust.md")).toBe(CURRENT);
	});

	it("Enter while an input method is composing does not submit; Cancel writes nothing", async () => {
		const h = await loadPlugin({ files: { "Rust.md": CURRENT } });
		h.runCommand("add-action-item");
		await h.settle();
		modalInput().value = "pinyin";
		press(modalInput(), "Enter", { isComposing: true });
		expect(openModals).toHaveLength(1);
		buttonNamed(openModals[0].contentEl, "Cancel").click();
		await h.settle();
		expect(openModals).toHaveLength(0);
		expect(h.read("Rust.md")).toBe(CURRENT);
		expect(h.noticeTexts()).toEqual([]);
	});

	it("keeps an edit made to the note while the modal was open", async () => {
		const h = await loadPlugin({ files: { "Rust.md": CURRENT } });
		h.runCommand("add-action-item");
		await h.settle();
		await h.app.vault.process(h.file("Rust.md"), (t) => t.replace("more\n", "more\nedited meanwhile\n"));
		modalInput().value = "new";
		press(modalInput(), "Enter");
		await h.settle();
		expect(h.read("Rust.md")).toContain("- [x] install\n- [ ] new\n\n## Notes\nmore\nedited meanwhile\n");
	});
});
