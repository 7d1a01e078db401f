import { describe, expect, it, vi } from "vitest";
import { useFixedClock } from "../clock";
import { openPart, renderPart } from "../dom";
import { type Harness, loadPlugin } from "../harness";

const FM = "---\ntags: [challenge]\nstatus: current\n---\n";
const TODAY = "2026-11-27";

useFixedClock(new Date(2026, 10, 27, 23, 30));

const sidebar = (h: Harness) => openPart(h, "challenge");
/** The part rendered again from the index as it is now. */
const fresh = (h: Harness) => renderPart(h, "challenge");

function rows(part: HTMLElement): HTMLElement[] {
	return [...part.querySelectorAll<HTMLElement>("li.jitl-action-item")];
}

function row(part: HTMLElement, text: string, nth = 0): HTMLElement {
	const found = rows(part).filter((r) => r.querySelector(".jitl-action-item-text")?.textContent === text);
	if (!found[nth]) throw new Error(`no row "${text}" #${nth}; have ${rows(part).map((r) => r.textContent).join(" | ")}`);
	return found[nth];
}

function box(r: HTMLElement): HTMLInputElement {
	const input = r.querySelector<HTMLInputElement>("input[type=checkbox]");
	if (!input) throw new Error("row without checkbox");
	return input;
}

async function clickAndSettle(h: Harness, part: HTMLElement, text: string, nth = 0): Promise<void> {
	box(row(part, text, nth)).click();
	await h.settle();
}

describe("toggling an action item from the sidebar", () => {
	it("ticks an open item: only its status char changes, plus the done date", async () => {
		const note = `${FM}intro\r\n- [ ] read the book\r\n- [ ] write code\r\ntail without newline`;
		const h = await loadPlugin({ files: { "Rust.md": note } });
		await clickAndSettle(h, await sidebar(h), "write code");
		expect(h.read("Rust.md")).toBe(note.replace("- [ ] write code", `- [x] write code ✅ ${TODAY}`));
		expect(h.ctx.index.challenge("Rust.md")?.actionItems[1].status).toBe("done");
	});

	it("writes no done date when the setting is off", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] a\n` }, settings: { doneDate: false } });
		await clickAndSettle(h, await sidebar(h), "a");
		expect(h.read("Rust.md")).toBe(`${FM}- [x] a\n`);
	});

	it("reopening removes the done date, and keeps a block id last", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [x] a ✅ 2026-01-02\n- [X] b ✅ 2026-01-03 ^blk\n- [x] c\n` } });
		const part = await sidebar(h);
		await clickAndSettle(h, part, "a");
		await clickAndSettle(h, await fresh(h), "b ^blk");
		await clickAndSettle(h, await fresh(h), "c");
		expect(h.read("Rust.md")).toBe(`${FM}- [ ] a\n- [ ] b ^blk\n- [ ] c\n`);
	});

	it("adds the date before a block id when ticking", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] a ^id-1\n` } });
		await clickAndSettle(h, await sidebar(h), "a ^id-1");
		expect(h.read("Rust.md")).toBe(`${FM}- [x] a ✅ ${TODAY} ^id-1\n`);
	});

	it("shows cancelled items ticked and struck, outside the progress, and a click reopens them", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [-] dropped\n- [ ] open\n- [x] done\n` } });
		const part = await sidebar(h);
		const cancelled = row(part, "dropped");
		expect(cancelled.classList.contains("jitl-item-cancelled")).toBe(true);
		expect(box(cancelled).checked).toBe(true);
		expect(box(cancelled).getAttribute("aria-label")).toBe("dropped (cancelled)");
		expect(part.querySelector(".jitl-progress-text")?.textContent).toBe("1 of 2 done");
		await clickAndSettle(h, part, "dropped");
		expect(h.read("Rust.md")).toBe(`${FM}- [ ] dropped\n- [ ] open\n- [x] done\n`);
	});

	it("treats a custom status char as open and ticks it", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [/] half\n` } });
		const part = await sidebar(h);
		expect(box(row(part, "half")).checked).toBe(false);
		await clickAndSettle(h, part, "half");
		expect(h.read("Rust.md")).toBe(`${FM}- [x] half ✅ ${TODAY}\n`);
	});

	it("toggles every list marker: *, +, numbered", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}* [ ] star\n+ [ ] plus\n1. [ ] one\n2) [ ] two\n` }, settings: { doneDate: false } });
		const part = await sidebar(h);
		for (const text of ["star", "plus", "one", "two"]) await clickAndSettle(h, part, text);
		expect(h.read("Rust.md")).toBe(`${FM}* [x] star\n+ [x] plus\n1. [x] one\n2) [x] two\n`);
	});

	it("finds a moved line again by its text (the index had not caught up yet)", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] a\n- [ ] b\n` } });
		const part = await sidebar(h);
		await h.app.vault.process(h.file("Rust.md"), (t) => t.replace(FM, `${FM}new first line\n\n`));
		await clickAndSettle(h, part, "b");
		expect(h.read("Rust.md")).toBe(`${FM}new first line\n\n- [ ] a\n- [x] b ✅ ${TODAY}\n`);
	});

	it("writes nothing when the item is gone, says so, and shows the note as it is", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] a\n- [ ] b\n` } });
		const part = await sidebar(h);
		await h.app.vault.process(h.file("Rust.md"), (t) => t.replace("- [ ] b", "- [ ] b renamed"));
		const changed = h.read("Rust.md");
		await clickAndSettle(h, part, "b");
		expect(h.read("Rust.md")).toBe(changed);
		expect(h.noticeTexts()).toEqual(["The action item “b” is no longer in “Rust”, so nothing was changed."]);
		expect(box(row(await fresh(h), "b renamed")).checked).toBe(false);
	});

	it("writes nothing when the moved text matches two items, and says so", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] same\n- [ ] other\n- [ ] same\n` } });
		const part = await sidebar(h);
		await h.app.vault.process(h.file("Rust.md"), (t) => t.replace(FM, `${FM}inserted\n`));
		const changed = h.read("Rust.md");
		await clickAndSettle(h, part, "same", 1);
		expect(h.read("Rust.md")).toBe(changed);
		expect(h.noticeTexts()).toEqual([
			"“Rust” has more than one action item reading “same”, so nothing was changed. Tick the one you mean in the note.",
		]);
	});

	it("of two identical items still in place, toggles exactly the one clicked", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] same\n- [ ] same\n` } });
		await clickAndSettle(h, await sidebar(h), "same", 1);
		expect(h.read("Rust.md")).toBe(`${FM}- [ ] same\n- [x] same ✅ ${TODAY}\n`);
	});

	it("toggles items in callouts and blockquotes, keeping their prefix", async () => {
		const note = `${FM}> [!todo] Plan\n> - [ ] in callout\n>> - [ ] deeper\n\n> - [ ] quoted\n`;
		const h = await loadPlugin({ files: { "Rust.md": note }, settings: { doneDate: false } });
		const part = await sidebar(h);
		expect(row(part, "in callout").classList.contains("jitl-item-quoted")).toBe(true);
		for (const text of ["in callout", "deeper", "quoted"]) await clickAndSettle(h, part, text);
		expect(h.read("Rust.md")).toBe(`${FM}> [!todo] Plan\n> - [x] in callout\n>> - [x] deeper\n\n> - [x] quoted\n`);
	});

	it("ignores look-alikes in code blocks, comments and front matter, even when finding a moved line", async () => {
		const note = `---\ntags: [challenge]\nstatus: current\nx: "- [ ] fm"\n---\n\`\`\`md\n- [ ] task\n\`\`\`\n%%\n- [ ] task\n%%\n    - [ ] indented code\n\n- [ ] task\n`;
		const h = await loadPlugin({ files: { "Rust.md": note } });
		const part = await sidebar(h);
		expect(rows(part).map((r) => r.textContent)).toEqual(["task"]);
		await h.app.vault.process(h.file("Rust.md"), (t) => t.replace("---\n```md", "---\nmoved\n```md"));
		const changed = h.read("Rust.md");
		await clickAndSettle(h, part, "task");
		expect(h.read("Rust.md")).toBe(changed.replace(/- \[ \] task\n$/, `- [x] task ✅ ${TODAY}\n`));
		expect(h.read("Rust.md")).toContain("```md\n- [ ] task\n```\n%%\n- [ ] task\n%%");
	});

	it("shows nesting and toggles a nested item alone", async () => {
		const note = `${FM}- [ ] parent\n  - [ ] child\n    - [ ] grandchild\n- [ ] sibling\n`;
		const h = await loadPlugin({ files: { "Rust.md": note } });
		const part = await sidebar(h);
		const depth = (text: string) => row(part, text).style.getPropertyValue("--jitl-depth");
		expect(["parent", "child", "grandchild", "sibling"].map(depth)).toEqual(["0", "1", "2", "0"]);
		await clickAndSettle(h, part, "child");
		expect(h.read("Rust.md")).toBe(note.replace("- [ ] child", `- [x] child ✅ ${TODAY}`));
	});

	it("two quick clicks toggle once each, in order", async () => {
		const note = `${FM}- [ ] a\n`;
		const h = await loadPlugin({ files: { "Rust.md": note } });
		const seen: string[] = [];
		h.app.vault.on("modify", (f) => seen.push(h.read(f.path)));
		const input = box(row(await sidebar(h), "a"));
		input.click();
		input.click();
		await h.settle();
		expect(seen).toEqual([`${FM}- [x] a ✅ ${TODAY}\n`, note]);
		expect(h.read("Rust.md")).toBe(note);
		expect(h.noticeTexts()).toEqual([]);
	});

	it("two quick clicks on one of two identical items stay on that item", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] same\n- [ ] same\n` } });
		const input = box(row(await sidebar(h), "same", 1));
		input.click();
		await h.settle();
		input.click();
		await h.settle();
		expect(h.read("Rust.md")).toBe(`${FM}- [ ] same\n- [ ] same\n`);
		expect(h.noticeTexts()).toEqual([]);
	});

	it("never loses an edit made between two quick clicks", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] a\n` } });
		const input = box(row(await sidebar(h), "a"));
		input.click();
		const edit = h.app.vault.process(h.file("Rust.md"), (t) => `${t}typed meanwhile\n`);
		input.click();
		await edit;
		await h.settle();
		expect(h.read("Rust.md")).toBe(`${FM}- [ ] a\ntyped meanwhile\n`);
	});

	it("never loses unsaved typing in an open editor", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] a\n` } });
		const view = await h.open("Rust.md");
		const input = box(row(await sidebar(h), "a"));
		input.click();
		await h.settle();
		view.editor.replaceRange("typed, not saved yet\n", { line: view.editor.lastLine(), ch: 0 });
		input.click();
		await h.settle();
		expect(h.read("Rust.md")).toBe(`${FM}- [ ] a\ntyped, not saved yet\n`);
		await view.save();
		expect(h.read("Rust.md")).toBe(`${FM}- [ ] a\ntyped, not saved yet\n`);
		expect(view.editor.getValue()).toBe(h.read("Rust.md"));
	});

	it("says so when the note was deleted meanwhile", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] a\n` } });
		const part = await sidebar(h);
		await h.app.vault.delete(h.file("Rust.md"));
		box(row(part, "a")).click();
		await h.settle();
		expect(h.noticeTexts()).toEqual(["“Rust.md” no longer exists; nothing was changed."]);
	});

	it("says so when the write fails", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `${FM}- [ ] a\n` } });
		const part = await sidebar(h);
		vi.spyOn(h.app.vault, "process").mockRejectedValueOnce(new Error("disk full"));
		box(row(part, "a")).click();
		await h.settle();
		expect(h.read("Rust.md")).toBe(`${FM}- [ ] a\n`);
		expect(h.noticeTexts()).toEqual(["Could not write “Rust.md”: disk full"]);
	});
});
