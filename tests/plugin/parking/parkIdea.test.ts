import { describe, expect, it, vi } from "vitest";
import type { MarkdownView } from "obsidian";
import { clickMenuItem, Menu, menuItemTitles } from "../../fake/obsidian/index";
import { useFixedClock } from "../clock";
import { snapshot, type VaultSnapshot } from "../disk";
import { type Harness, loadPlugin } from "../harness";

const SRC = "Notes/Src.md";
const FOLDER = "Just in case";

useFixedClock(new Date(2026, 10, 27, 10, 0));

/** Opens SRC holding `text`, selects [from, to] (or puts the cursor at `from`), runs park-idea. */
async function park(
	h: Harness,
	from: { line: number; ch: number },
	to = from,
): Promise<{ view: MarkdownView; before: VaultSnapshot; added: string[] }> {
	const view = await h.open(SRC);
	view.editor.setSelection(from, to);
	const before = snapshot(h.app);
	expect(h.runCommand("park-idea")).toBe(true);
	await h.settle();
	await view.save();
	const added = Object.keys(snapshot(h.app).files).filter((p) => !(p in before.files));
	return { view, before, added };
}

async function parkText(text: string, files: Record<string, string> = {}) {
	const h = await loadPlugin({ files: { [SRC]: `${text}\n`, ...files } });
	const end = { line: 0, ch: text.length };
	const result = await park(h, { line: 0, ch: 0 }, end);
	return { h, ...result };
}

describe("park-idea: what becomes the note", () => {
	it("parks the cursor's list item without its bullet and task box, and links it in place", async () => {
		const h = await loadPlugin({ files: { [SRC]: "# Today\n- [ ] buy a **kettle** for tea\n- next\n" } });
		const { added } = await park(h, { line: 1, ch: 9 });
		expect(added).toEqual([`${FOLDER}/buy a kettle for tea.md`]);
		expect(h.read(added[0])).toBe('---\nparked: 2026-11-27\nfrom: "[[Src]]"\n---\nbuy a **kettle** for tea');
		expect(h.read(SRC)).toBe("# Today\n- [ ] [[buy a kettle for tea]]\n- next\n");
		expect(h.noticeTexts()).toEqual(["Parked “buy a kettle for tea”."]);
	});

	it("keeps a multi-line selection byte for byte: CJK, emoji, code, links", async () => {
		const idea = "学习 Rust 的所有权 🚀\n\n```rust\nfn main() { println!(\"hi\"); }\n```\nSee [[Other note|alias]] and [site](https://example.com/a?b=1#c) ✨  \n\t- nested";
		const h = await loadPlugin({ files: { [SRC]: `before\n${idea}\nafter\n` } });
		const lines = idea.split("\n");
		const { added } = await park(h, { line: 1, ch: 0 }, { line: lines.length, ch: lines[lines.length - 1].length });
		expect(added).toEqual([`${FOLDER}/学习 Rust 的所有权 🚀.md`]);
		expect(h.read(added[0]).split("---\n").slice(2).join("---\n")).toBe(idea);
		expect(h.read(SRC)).toBe("before\n[[学习 Rust 的所有权 🚀]]\nafter\n");
	});

	it("records the current challenge and links the source by the shortest unambiguous name", async () => {
		const h = await loadPlugin({ files: {
			[SRC]: "an idea\n",
			"A/Src.md": "same name, shorter path: a bare [[Src]] would mean this one",
			"Challenges/Learn Rust.md": "---\ntags: [challenge]\nstatus: current\n---\n# Learn Rust\n",
		} });
		const { added } = await park(h, { line: 0, ch: 2 });
		expect(h.read(added[0])).toBe(
			'---\nparked: 2026-11-27\nfrom: "[[Notes/Src]]"\nchallenge: "[[Learn Rust]]"\n---\nan idea',
		);
	});

	it("follows the user's link style (Markdown links)", async () => {
		const h = await loadPlugin({ files: { [SRC]: "an idea\n" } });
		h.app.vault.setConfig("useMarkdownLinks", true);
		const { added } = await park(h, { line: 0, ch: 0 });
		const link = h.app.fileManager.generateMarkdownLink(h.file(added[0]), SRC);
		expect(link.startsWith("[an idea](")).toBe(true);
		expect(h.read(SRC)).toBe(`${link}\n`);
	});

	it("replaces the idea in a single editor change", async () => {
		const h = await loadPlugin({ files: { [SRC]: "one\ntwo\n" } });
		const view = await h.open(SRC);
		const tx = vi.spyOn(view.editor, "transaction");
		const replace = vi.spyOn(view.editor, "replaceRange");
		const replaceSel = vi.spyOn(view.editor, "replaceSelection");
		view.editor.setCursor({ line: 1, ch: 1 });
		h.runCommand("park-idea");
		await h.settle();
		expect(tx).toHaveBeenCalledTimes(1);
		expect(replace).not.toHaveBeenCalled();
		expect(replaceSel).not.toHaveBeenCalled();
		expect(view.editor.getValue()).toBe("one\n[[two]]\n");
	});

	it("removes the selection instead when the setting says so", async () => {
		const h = await loadPlugin({ files: { [SRC]: "keep this, park that\n" }, settings: { parkReplacement: "remove" } });
		const { added } = await park(h, { line: 0, ch: 11 }, { line: 0, ch: 20 });
		expect(added).toEqual([`${FOLDER}/park that.md`]);
		expect(h.read(SRC)).toBe("keep this, \n");
	});

	it("removes the whole list line when parking a line with the remove setting", async () => {
		const h = await loadPlugin({ files: { [SRC]: "- a\n- b idea\n- c\n" }, settings: { parkReplacement: "remove" } });
		await park(h, { line: 1, ch: 3 });
		expect(h.read(SRC)).toBe("- a\n- c\n");
		const h2 = await loadPlugin({ files: { [SRC]: "- a\n- last idea" }, settings: { parkReplacement: "remove" } });
		await park(h2, { line: 1, ch: 3 });
		expect(h2.read(SRC)).toBe("- a");
	});

	it("names a note without words after the day", async () => {
		const { h, added } = await parkText("***");
		expect(added).toEqual([`${FOLDER}/Parked idea 2026-11-27.md`]);
		expect(h.read(SRC)).toBe("[[Parked idea 2026-11-27]]\n");
	});

	it("creates the folder, nested, on first use", async () => {
		const h = await loadPlugin({ files: { [SRC]: "idea\n" }, settings: { justInCaseFolder: "Areas/Later/Ideas" } });
		const { added, before } = await park(h, { line: 0, ch: 0 });
		expect(before.folders).not.toContain("Areas");
		expect(added).toEqual(["Areas/Later/Ideas/idea.md"]);
		expect(snapshot(h.app).folders).toEqual(expect.arrayContaining(["Areas", "Areas/Later", "Areas/Later/Ideas"]));
	});

	it("is offered in the editor menu and runs from it", async () => {
		const h = await loadPlugin({ files: { [SRC]: "menu idea\n" } });
		const view = await h.open(SRC);
		const menu = new Menu();
		h.app.workspace.trigger("editor-menu", menu, view.editor, view);
		expect(menuItemTitles(menu)).toContain("Park this idea");
		await clickMenuItem(menu, "Park this idea");
		await h.settle();
		expect(h.app.vault.getFileByPath(`${FOLDER}/menu idea.md`)).not.toBeNull();
	});

	it("is not available without an open editor", async () => {
		const h = await loadPlugin({ files: { [SRC]: "x\n" } });
		expect(h.isAvailable("park-idea")).toBe(false);
	});
});

describe("park-idea: file names", () => {
	it.each(["/", "\\", ":", "*", "?", '"', "<", ">", "|", "#", "^", "[", "]"])("drops %j from the name", async (c) => {
		const { added } = await parkText(`left${c}right side`);
		expect(added).toEqual([`${FOLDER}/left right side.md`]);
	});

	it.each([
		["CON", "CON_"],
		["con.txt", "con_.txt"],
		["aux", "aux_"],
		["LPT1 idea", "LPT1 idea"],
		["Nul", "Nul_"],
		["ends with dots...", "ends with dots"],
		["ends with spaces and dots . . ", "ends with spaces and dots"],
		["...leading dots", "leading dots"],
		[".hidden idea", "hidden idea"],
		["学习笔记：所有权", "学习笔记：所有权"],
		["🚀 launch 👩‍💻 idea", "🚀 launch 👩‍💻 idea"],
	])("%j becomes %j", async (idea, name) => {
		const { added, h } = await parkText(idea);
		expect(added).toEqual([`${FOLDER}/${name}.md`]);
		expect(h.read(added[0]).endsWith(idea)).toBe(true);
	});

	it("cuts at 60 characters on a word boundary", async () => {
		const idea = "one two three four five six seven eight nine ten eleven twelve thirteen";
		const { added } = await parkText(idea);
		const name = added[0].slice(FOLDER.length + 1, -3);
		expect(name).toBe("one two three four five six seven eight nine ten eleven");
		expect([...name].length).toBeLessThanOrEqual(60);
	});

	it("cuts CJK and emoji at 60 whole characters", async () => {
		expect((await parkText("学".repeat(70))).added).toEqual([`${FOLDER}/${"学".repeat(60)}.md`]);
		expect((await parkText("🚀".repeat(70))).added).toEqual([`${FOLDER}/${"🚀".repeat(60)}.md`]);
	});

	it("also stays under the file systems' byte limit, without splitting an emoji", async () => {
		// 👍🏽 is 8 UTF-8 bytes: 30 of them fill the 240-byte cap the name keeps for a suffix.
		expect((await parkText("👍🏽".repeat(70))).added).toEqual([`${FOLDER}/${"👍🏽".repeat(30)}.md`]);
	});

	it("takes the next free suffix on a collision, ignoring case, never overwriting", async () => {
		const existing = {
			[`${FOLDER}/Idea.md`]: "first",
			[`${FOLDER}/idea 2.md`]: "second",
		};
		const { h, added } = await parkText("idea", existing);
		expect(added).toEqual([`${FOLDER}/idea 3.md`]);
		expect(h.read(`${FOLDER}/Idea.md`)).toBe("first");
		expect(h.read(`${FOLDER}/idea 2.md`)).toBe("second");
		expect(h.read(SRC)).toBe("[[idea 3]]\n");
	});
});

describe("park-idea: nothing or a failure changes nothing", () => {
	it("says so on an empty line and writes nothing", async () => {
		const h = await loadPlugin({ files: { [SRC]: "text\n\n- \n" } });
		for (const line of [1, 2]) {
			const { view, before } = await park(h, { line, ch: 0 });
			expect(snapshot(h.app)).toEqual(before);
			expect(view.editor.getValue()).toBe("text\n\n- \n");
		}
		expect(h.noticeTexts()).toEqual([
			"Nothing to park. Select some text, or click into a line that has text.",
			"Nothing to park. Select some text, or click into a line that has text.",
		]);
	});

	it("treats a selection of blanks as nothing", async () => {
		const h = await loadPlugin({ files: { [SRC]: "a   b\n" } });
		const { before } = await park(h, { line: 0, ch: 1 }, { line: 0, ch: 4 });
		expect(snapshot(h.app)).toEqual(before);
		expect(h.noticeTexts()).toHaveLength(1);
	});

	it("refuses when the folder path runs through a file", async () => {
		const h = await loadPlugin({ files: { [SRC]: "idea\n", Inbox: "I am a file" }, settings: { justInCaseFolder: "Inbox/Parked" } });
		const { view, before } = await park(h, { line: 0, ch: 0 });
		expect(snapshot(h.app)).toEqual(before);
		expect(view.editor.getValue()).toBe("idea\n");
		expect(h.noticeTexts()).toEqual([expect.stringContaining("“Inbox” is a file")]);
	});

	it.each(["../outside", ".obsidian/parked", "/abs", "C:/parked", "a/./b", ""])(
		"refuses the folder setting %j and writes nothing",
		async (folder) => {
			const h = await loadPlugin({ files: { [SRC]: "idea\n" } });
			await h.ctx.updateSettings({ justInCaseFolder: folder });
			const { view, before } = await park(h, { line: 0, ch: 0 });
			expect(snapshot(h.app)).toEqual(before);
			expect(view.editor.getValue()).toBe("idea\n");
			expect(h.noticeTexts()).toEqual([expect.stringContaining("just-in-case folder setting cannot be used")]);
		},
	);

	it("leaves no folder and no source change when creating the note throws", async () => {
		const h = await loadPlugin({ files: { [SRC]: "idea\n" } });
		vi.spyOn(h.app.vault, "create").mockRejectedValueOnce(new Error("disk full"));
		const { view, before } = await park(h, { line: 0, ch: 0 });
		expect(snapshot(h.app)).toEqual(before);
		expect(view.editor.getValue()).toBe("idea\n");
		expect(h.noticeTexts()).toEqual(["Could not park the idea: disk full. Nothing was changed."]);
	});

	it("removes a half-made note when creating throws after writing", async () => {
		const h = await loadPlugin({ files: { [SRC]: "idea\n", [`${FOLDER}/keep.md`]: "x" } });
		const create = h.app.vault.create.bind(h.app.vault);
		vi.spyOn(h.app.vault, "create").mockImplementationOnce(async (path: string, data: string) => {
			await create(path, data);
			throw new Error("EIO");
		});
		const { view, before } = await park(h, { line: 0, ch: 0 });
		expect(snapshot(h.app)).toEqual(before);
		expect(view.editor.getValue()).toBe("idea\n");
		expect(h.noticeTexts()).toEqual(["Could not park the idea: EIO. Nothing was changed."]);
	});

	it("never deletes a note that appeared at the same path from elsewhere", async () => {
		const h = await loadPlugin({ files: { [SRC]: "idea\n", [`${FOLDER}/keep.md`]: "x" } });
		const create = h.app.vault.create.bind(h.app.vault);
		vi.spyOn(h.app.vault, "create").mockImplementationOnce(async (path: string) => {
			await create(path, "synced from another device");
			throw new Error("File already exists.");
		});
		const { view } = await park(h, { line: 0, ch: 0 });
		expect(h.read(`${FOLDER}/idea.md`)).toBe("synced from another device");
		expect(view.editor.getValue()).toBe("idea\n");
	});

	it("parks but leaves the text when it changed while the note was made", async () => {
		const h = await loadPlugin({ files: { [SRC]: "idea\n" } });
		const view = await h.open(SRC);
		const create = h.app.vault.create.bind(h.app.vault);
		vi.spyOn(h.app.vault, "create").mockImplementationOnce(async (path: string, data: string) => {
			view.editor.replaceRange("my ", { line: 0, ch: 0 });
			return create(path, data);
		});
		view.editor.setCursor({ line: 0, ch: 0 });
		h.runCommand("park-idea");
		await h.settle();
		expect(view.editor.getValue()).toBe("my idea\n");
		expect(h.app.vault.getFileByPath(`${FOLDER}/idea.md`)).not.toBeNull();
		expect(h.noticeTexts()).toEqual(["Parked “idea”, but the text changed while the note was being made, so it was left in place."]);
	});

	it("does not touch another note the editor switched to meanwhile", async () => {
		const h = await loadPlugin({ files: { [SRC]: "idea\n", "Notes/Other.md": "idea\n" } });
		const view = await h.open(SRC);
		const create = h.app.vault.create.bind(h.app.vault);
		vi.spyOn(h.app.vault, "create").mockImplementationOnce(async (path: string, data: string) => {
			await h.open("Notes/Other.md");
			return create(path, data);
		});
		view.editor.setCursor({ line: 0, ch: 0 });
		h.runCommand("park-idea");
		await h.settle();
		await view.save();
		expect(h.read("Notes/Other.md")).toBe("idea\n");
		expect(h.read(SRC)).toBe("idea\n");
		expect(h.noticeTexts()[0]).toContain("left in place");
	});
});
