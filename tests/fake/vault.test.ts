/**
 * The fake vault fails and notifies the way Obsidian's does.
 */
import { describe, expect, it } from "vitest";
import { normalizePath, TFile, TFolder, type TAbstractFile } from "obsidian";
import { createFakeApp, flush } from "./obsidian/index";

function recordVaultEvents(app: ReturnType<typeof createFakeApp>): string[] {
	const log: string[] = [];
	for (const name of ["create", "modify", "delete", "rename"] as const) {
		app.vault.on(name as "create", (file: TAbstractFile, oldPath?: string) => log.push(`${name} ${file.path}${oldPath ? ` from ${oldPath}` : ""}`));
	}
	return log;
}

describe("normalizePath", () => {
	it.each([
		["a//b///c", "a/b/c"],
		["/a/b/", "a/b"],
		["a\\b", "a/b"],
		["", "/"],
		["/", "/"],
		["a\u00A0b", "a b"],
		["a\u202Fb", "a b"],
		["Cafe\u0301.md", "Café.md"],
	])("%j becomes %j", (input, output) => {
		expect(normalizePath(input)).toBe(output);
	});
});

describe("Vault", () => {
	it("indexes the initial files with folders, sizes and given modification times", () => {
		const app = createFakeApp({ "a/b/note.md": { content: "héllo", mtime: 1000 }, "top.md": "x", "img.png": "" });
		const note = app.vault.getFileByPath("a/b/note.md")!;
		expect(note).toBeInstanceOf(TFile);
		expect([note.name, note.basename, note.extension, note.parent?.path]).toEqual(["note.md", "note", "md", "a/b"]);
		expect(note.stat).toEqual({ ctime: 1000, mtime: 1000, size: 6 });
		expect(app.vault.getFolderByPath("a")).toBeInstanceOf(TFolder);
		expect(app.vault.getRoot().children.map((c) => c.path).sort()).toEqual(["a", "img.png", "top.md"]);
		expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["a/b/note.md", "top.md"]);
		expect(app.vault.getFiles()).toHaveLength(3);
		expect(app.vault.getAllLoadedFiles().map((f) => f.path).sort()).toEqual(["/", "a", "a/b", "a/b/note.md", "img.png", "top.md"]);
	});

	it("looks paths up exactly, without normalising them", () => {
		const app = createFakeApp({ "a/n.md": "" });
		expect(app.vault.getAbstractFileByPath("a/n.md")).not.toBeNull();
		expect(app.vault.getAbstractFileByPath("/a/n.md")).toBeNull();
		expect(app.vault.getAbstractFileByPath("a//n.md")).toBeNull();
		expect(app.vault.getAbstractFileByPath("A/n.md")).toBeNull();
		expect(app.vault.getAbstractFileByPath("/")).toBe(app.vault.getRoot());
		expect(app.vault.getFileByPath("a")).toBeNull();
		expect(app.vault.getFolderByPath("a/n.md")).toBeNull();
	});

	it("create refuses an existing path with Obsidian's message and fires nothing", async () => {
		const app = createFakeApp({ "n.md": "old" });
		const log = recordVaultEvents(app);
		await expect(app.vault.create("n.md", "new")).rejects.toThrow("File already exists.");
		await expect(app.vault.create("/n.md", "new")).rejects.toThrow("File already exists.");
		expect(await app.vault.read(app.vault.getFileByPath("n.md")!)).toBe("old");
		expect(log).toEqual([]);
	});

	it("create fails with ENOENT when the folder does not exist (it does not create folders)", async () => {
		const app = createFakeApp();
		await expect(app.vault.create("missing/n.md", "")).rejects.toMatchObject({ code: "ENOENT" });
		expect(app.vault.getAbstractFileByPath("missing")).toBeNull();
	});

	it("create normalises the path, fires create, and the promise resolves after the event", async () => {
		const app = createFakeApp({ "dir/x.md": "" });
		const log = recordVaultEvents(app);
		const file = await app.vault.create("dir//n.md", "text");
		expect(file.path).toBe("dir/n.md");
		expect(log).toEqual(["create dir/n.md"]);
		expect(file.parent).toBe(app.vault.getFolderByPath("dir"));
	});

	it("createFolder refuses an existing folder and creates missing parents, firing create for each", async () => {
		const app = createFakeApp({ "a/n.md": "" });
		await expect(app.vault.createFolder("a")).rejects.toThrow("Folder already exists.");
		const log = recordVaultEvents(app);
		await app.vault.createFolder("x/y/z");
		expect(log).toEqual(["create x", "create x/y", "create x/y/z"]);
		expect(await app.vault.adapter.exists("x/y")).toBe(true);
	});

	it("modify writes, fires modify and moves mtime strictly forward", async () => {
		const app = createFakeApp({ "n.md": "a" });
		const file = app.vault.getFileByPath("n.md")!;
		const log = recordVaultEvents(app);
		const before = file.stat.mtime;
		await app.vault.modify(file, "b");
		const middle = file.stat.mtime;
		await app.vault.modify(file, "c");
		expect(before).toBeLessThan(middle);
		expect(middle).toBeLessThan(file.stat.mtime);
		expect(await app.vault.read(file)).toBe("c");
		expect(await app.vault.cachedRead(file)).toBe("c");
		expect(log).toEqual(["modify n.md", "modify n.md"]);
	});

	it("append adds to the end and fires modify", async () => {
		const app = createFakeApp({ "n.md": "a" });
		const file = app.vault.getFileByPath("n.md")!;
		await app.vault.append(file, "b");
		expect(await app.vault.read(file)).toBe("ab");
	});

	it("process is an atomic read-modify-write with a synchronous callback", async () => {
		const app = createFakeApp({ "n.md": "1" });
		const file = app.vault.getFileByPath("n.md")!;
		const results = await Promise.all([
			app.vault.process(file, (d) => `${d}+1`),
			app.vault.process(file, (d) => `${d}+2`),
		]);
		expect(results).toEqual(["1+1", "1+1+2"]);
		expect(await app.vault.read(file)).toBe("1+1+2");
	});

	it("process throws when the file is gone, and a throwing callback writes nothing", async () => {
		const app = createFakeApp({ "n.md": "keep" });
		const file = app.vault.getFileByPath("n.md")!;
		await expect(app.vault.process(file, () => { throw new Error("boom"); })).rejects.toThrow("boom");
		expect(await app.vault.read(file)).toBe("keep");
		await app.vault.delete(file);
		await expect(app.vault.process(file, (d) => d)).rejects.toMatchObject({ code: "ENOENT" });
		await expect(app.vault.read(file)).rejects.toMatchObject({ code: "ENOENT" });
	});

	it("rename keeps the same TFile, updates its names and fires rename with the old path", async () => {
		const app = createFakeApp({ "a/n.md": "x" });
		await app.vault.createFolder("b");
		const file = app.vault.getFileByPath("a/n.md")!;
		const log = recordVaultEvents(app);
		const mtime = file.stat.mtime;
		await app.vault.rename(file, "b/m.txt");
		expect(app.vault.getFileByPath("b/m.txt")).toBe(file);
		expect([file.path, file.name, file.basename, file.extension, file.parent?.path]).toEqual(["b/m.txt", "m.txt", "m", "txt", "b"]);
		expect(app.vault.getAbstractFileByPath("a/n.md")).toBeNull();
		expect(file.stat.mtime).toBe(mtime);
		expect(log).toEqual(["rename b/m.txt from a/n.md"]);
	});

	it("rename refuses an existing destination and a missing folder", async () => {
		const app = createFakeApp({ "a.md": "a", "b.md": "b" });
		const a = app.vault.getFileByPath("a.md")!;
		await expect(app.vault.rename(a, "b.md")).rejects.toThrow("Destination file already exists!");
		await expect(app.vault.rename(a, "nowhere/a.md")).rejects.toMatchObject({ code: "ENOENT" });
		expect(a.path).toBe("a.md");
		await app.vault.rename(a, "A.md");
		expect(a.path).toBe("A.md");
	});

	it("renaming a folder moves its contents and fires rename for each, folder first", async () => {
		const app = createFakeApp({ "f/n.md": "", "f/sub/m.md": "" });
		const log = recordVaultEvents(app);
		await app.vault.rename(app.vault.getFolderByPath("f")!, "g");
		expect(log).toEqual(["rename g from f", "rename g/n.md from f/n.md", "rename g/sub from f/sub", "rename g/sub/m.md from f/sub/m.md"]);
		expect(app.vault.getFileByPath("g/sub/m.md")?.parent?.path).toBe("g/sub");
	});

	it("delete and trash remove folders with their contents, children first", async () => {
		const app = createFakeApp({ "f/n.md": "", "f/sub/m.md": "", "t.md": "" });
		const log = recordVaultEvents(app);
		await app.vault.delete(app.vault.getFolderByPath("f")!, true);
		await app.vault.trash(app.vault.getFileByPath("t.md")!, false);
		expect(log).toEqual(["delete f/sub/m.md", "delete f/sub", "delete f/n.md", "delete f", "delete t.md"]);
		expect(await app.vault.adapter.exists("f/n.md")).toBe(false);
		expect(await app.vault.adapter.exists(".trash/t.md")).toBe(true);
		expect(app.vault.getAbstractFileByPath(".trash/t.md")).toBeNull();
	});

	it("modifying a deleted TFile recreates the file as a new one, like the desktop app", async () => {
		const app = createFakeApp({ "n.md": "a" });
		const stale = app.vault.getFileByPath("n.md")!;
		await app.vault.delete(stale);
		const log = recordVaultEvents(app);
		await app.vault.modify(stale, "b");
		expect(log).toEqual([]);
		await flush();
		expect(log).toEqual(["create n.md"]);
		expect(app.vault.getFileByPath("n.md")).not.toBe(stale);
	});

	it("writes made directly through the adapter reach the vault as events", async () => {
		const app = createFakeApp({ "n.md": "a" });
		const log = recordVaultEvents(app);
		await app.vault.adapter.write("new.md", "x");
		await app.vault.adapter.write("n.md", "b");
		await app.vault.adapter.write(".obsidian/hidden.json", "{}");
		await flush();
		expect(log.sort()).toEqual(["create new.md", "modify n.md"]);
		expect(app.vault.getAbstractFileByPath(".obsidian/hidden.json")).toBeNull();
		expect(await app.vault.adapter.read(".obsidian/hidden.json")).toBe("{}");
	});

	it("copy refuses an existing destination and copies content otherwise", async () => {
		const app = createFakeApp({ "a.md": "text", "b.md": "" });
		const a = app.vault.getFileByPath("a.md")!;
		await expect(app.vault.copy(a, "b.md")).rejects.toThrow("File already exists.");
		const c = await app.vault.copy(a, "c.md");
		expect(await app.vault.read(c)).toBe("text");
	});

	it("has a config folder and vault settings", () => {
		const app = createFakeApp({}, { configDir: ".config", config: { useMarkdownLinks: true } });
		expect(app.vault.configDir).toBe(".config");
		expect(app.vault.getConfig("useMarkdownLinks")).toBe(true);
		expect(app.vault.getConfig("newLinkFormat")).toBe("shortest");
	});
});
