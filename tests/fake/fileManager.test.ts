/**
 * The fake FileManager: front matter edits that touch only the YAML, renames that
 * update links, and link generation following the vault settings.
 */
import { describe, expect, it } from "vitest";
import type { TAbstractFile } from "obsidian";
import { createFakeApp, flush } from "./obsidian/index";

describe("processFrontMatter", () => {
	it("rewrites only the YAML block and keeps the body byte for byte", async () => {
		const body = "\n# Title\r\n\n- [ ] task  \n\ttabbed\n\n\n";
		const app = createFakeApp({ "n.md": `---\ntitle: Old\ntags:\n  - a\n---${body}` });
		const file = app.vault.getFileByPath("n.md")!;
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			fm.title = "New";
			(fm.tags as string[]).push("b");
			fm.added = 3;
		});
		expect(await app.vault.read(file)).toBe(`---\ntitle: New\ntags:\n  - a\n  - b\nadded: 3\n---${body}`);
	});

	it("creates the block when the note has none", async () => {
		const app = createFakeApp({ "n.md": "Body\n" });
		const file = app.vault.getFileByPath("n.md")!;
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => (fm.status = "open"));
		expect(await app.vault.read(file)).toBe("---\nstatus: open\n---\nBody\n");
	});

	it("removes the block when the callback deletes every key", async () => {
		const app = createFakeApp({ "n.md": "---\nonly: 1\n---\nBody\n" });
		const file = app.vault.getFileByPath("n.md")!;
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => delete fm.only);
		expect(await app.vault.read(file)).toBe("Body\n");
	});

	it("throws the YAML parse error on broken front matter and leaves the file alone", async () => {
		const text = "---\ntitle: [unclosed\n---\nBody\n";
		const app = createFakeApp({ "n.md": text });
		const file = app.vault.getFileByPath("n.md")!;
		let called = false;
		const error = await app.fileManager.processFrontMatter(file, () => (called = true)).catch((e: unknown) => e);
		expect((error as Error).name).toBe("YAMLParseError");
		expect(called).toBe(false);
		expect(await app.vault.read(file)).toBe(text);
	});

	it("rethrows what the callback throws, without writing", async () => {
		const app = createFakeApp({ "n.md": "---\na: 1\n---\n" });
		const file = app.vault.getFileByPath("n.md")!;
		await expect(app.fileManager.processFrontMatter(file, () => { throw new Error("nope"); })).rejects.toThrow("nope");
		expect(await app.vault.read(file)).toBe("---\na: 1\n---\n");
	});

	it("goes through vault.modify: the cache catches up only after the event", async () => {
		const app = createFakeApp({ "n.md": "---\na: 1\n---\n" });
		const file = app.vault.getFileByPath("n.md")!;
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => (fm.a = 2));
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ a: 1 });
		await flush();
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ a: 2 });
	});

	it("keeps long strings on one line", async () => {
		const long = "word ".repeat(40).trim();
		const app = createFakeApp({ "n.md": "" });
		const file = app.vault.getFileByPath("n.md")!;
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => (fm.text = long));
		expect(await app.vault.read(file)).toBe(`---\ntext: ${long}\n---\n`);
	});
});

describe("renameFile", () => {
	const notes = {
		"Old.md": "# Old\n",
		"folder/Ref.md": [
			"---",
			'up: "[[Old]]"',
			"---",
			"See [[Old]], [[Old|the old one]], [[Old#Heading]], [[old]] and ![[Old]].",
			"Markdown: [old](Old.md) and [sub](Old.md#Heading).",
			"Unrelated: [[Other]] [[Old thing]]",
			"",
		].join("\n"),
		"Other.md": "[[Old]]",
	};

	it("moves the file and rewrites every link to it in other notes", async () => {
		const app = createFakeApp(notes);
		await app.vault.createFolder("archive");
		await app.fileManager.renameFile(app.vault.getFileByPath("Old.md")!, "archive/New Name.md");
		expect(await app.vault.adapter.read("folder/Ref.md")).toBe(
			[
				"---",
				'up: "[[New Name]]"',
				"---",
				"See [[New Name]], [[New Name|the old one]], [[New Name#Heading]], [[New Name]] and ![[New Name]].",
				"Markdown: [old](New%20Name.md) and [sub](New%20Name.md#Heading).",
				"Unrelated: [[Other]] [[Old thing]]",
				"",
			].join("\n"),
		);
		expect(await app.vault.adapter.read("Other.md")).toBe("[[New Name]]");
	});

	it("writes the full path when the new name is ambiguous", async () => {
		const app = createFakeApp({ "a.md": "", "b.md": "", "x/keep.md": "", "src.md": "[[a]]" });
		await app.fileManager.renameFile(app.vault.getFileByPath("a.md")!, "x/b.md");
		expect(await app.vault.adapter.read("src.md")).toBe("[[x/b]]");
	});

	it("fires the vault rename before the modify events of the updated notes", async () => {
		const app = createFakeApp(notes);
		const log: string[] = [];
		app.vault.on("rename", (f: TAbstractFile) => log.push(`rename ${f.path}`));
		app.vault.on("modify", (f: TAbstractFile) => log.push(`modify ${f.path}`));
		await app.fileManager.renameFile(app.vault.getFileByPath("Old.md")!, "New.md");
		expect(log).toEqual(["rename New.md", "modify folder/Ref.md", "modify Other.md"]);
	});

	it("throws when the destination exists, changing nothing", async () => {
		const app = createFakeApp(notes);
		await expect(app.fileManager.renameFile(app.vault.getFileByPath("Old.md")!, "Other.md")).rejects.toThrow("Destination file already exists!");
		expect(await app.vault.adapter.read("folder/Ref.md")).toBe(notes["folder/Ref.md"]);
	});

	it("leaves links alone when automatic link updates are off", async () => {
		const app = createFakeApp(notes, { config: { alwaysUpdateLinks: false } });
		await app.fileManager.renameFile(app.vault.getFileByPath("Old.md")!, "New.md");
		expect(await app.vault.adapter.read("Other.md")).toBe("[[Old]]");
	});

	it("updates links to the files inside a renamed folder", async () => {
		const app = createFakeApp({ "f/Inner.md": "", "src.md": "[[f/Inner]] [x](f/Inner.md)" });
		await app.fileManager.renameFile(app.vault.getFolderByPath("f")!, "g");
		expect(await app.vault.adapter.read("src.md")).toBe("[[Inner]] [x](Inner.md)");
	});
});

describe("generateMarkdownLink and friends", () => {
	it("writes wikilinks with the shortest unique link text by default", () => {
		const app = createFakeApp({ "a/Note.md": "", "a/Dup.md": "", "b/Dup.md": "", "img.png": "" });
		const file = (p: string) => app.vault.getFileByPath(p)!;
		expect(app.fileManager.generateMarkdownLink(file("a/Note.md"), "x.md")).toBe("[[Note]]");
		expect(app.fileManager.generateMarkdownLink(file("a/Note.md"), "x.md", "#Part", "shown")).toBe("[[Note#Part|shown]]");
		expect(app.fileManager.generateMarkdownLink(file("b/Dup.md"), "x.md")).toBe("[[b/Dup]]");
		expect(app.fileManager.generateMarkdownLink(file("img.png"), "x.md")).toBe("![[img.png]]");
	});

	it("writes Markdown links when useMarkdownLinks is on", () => {
		const app = createFakeApp({ "a/My Note.md": "" }, { config: { useMarkdownLinks: true } });
		const file = app.vault.getFileByPath("a/My Note.md")!;
		expect(app.fileManager.generateMarkdownLink(file, "x.md")).toBe("[My Note](My%20Note.md)");
		expect(app.fileManager.generateMarkdownLink(file, "x.md", "#H", "alias")).toBe("[alias](My%20Note.md#H)");
		app.vault.setConfig("newLinkFormat", "absolute");
		expect(app.fileManager.generateMarkdownLink(file, "x.md")).toBe("[My Note](a/My%20Note.md)");
	});

	it("getNewFileParent follows the new-note location setting", () => {
		const app = createFakeApp({ "a/n.md": "", "inbox/x.md": "" });
		expect(app.fileManager.getNewFileParent("a/n.md").path).toBe("/");
		app.vault.setConfig("newFileLocation", "current");
		expect(app.fileManager.getNewFileParent("a/n.md").path).toBe("a");
		app.vault.setConfig("newFileLocation", "folder");
		app.vault.setConfig("newFileFolderPath", "inbox");
		expect(app.fileManager.getNewFileParent("a/n.md").path).toBe("inbox");
	});

	it("trashFile removes the file with a delete event", async () => {
		const app = createFakeApp({ "n.md": "" });
		const log: string[] = [];
		app.vault.on("delete", (f: TAbstractFile) => log.push(f.path));
		await app.fileManager.trashFile(app.vault.getFileByPath("n.md")!);
		expect(log).toEqual(["n.md"]);
		expect(app.vault.getFileByPath("n.md")).toBeNull();
	});
});
