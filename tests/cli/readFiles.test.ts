import { mkdirSync, statSync, symlinkSync, unlinkSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readNoteFile } from "../../src/cli/readNoteFile";
import { listMarkdownFiles } from "../../src/cli/walk";
import { removeTempVaults, tempVault } from "./tempVault";

afterAll(removeTempVaults);

describe("listMarkdownFiles", () => {
	it("counts a symlinked note, but follows no symlinked folder, broken link or loop", () => {
		const vault = tempVault({ "A.md": "a", "Folder/B.md": "b", "Outside/C.md": "c" });
		symlinkSync(join(vault, "A.md"), join(vault, "Link to A.md"));
		symlinkSync(join(vault, "Folder"), join(vault, "Folder link"));
		symlinkSync(join(vault, "Gone.md"), join(vault, "Broken.md"));
		symlinkSync(join(vault, "Loop 2.md"), join(vault, "Loop 1.md"));
		symlinkSync(join(vault, "Loop 1.md"), join(vault, "Loop 2.md"));
		mkdirSync(join(vault, "Folder.md"));
		expect(listMarkdownFiles(vault).map((f) => f.path)).toEqual(["A.md", "Folder/B.md", "Link to A.md", "Outside/C.md"]);
	});
});

describe("readNoteFile", () => {
	it("returns the text and the file's mtime", () => {
		const vault = tempVault({ "N.md": "héllo 学习\n".repeat(2000) });
		const file = join(vault, "N.md");
		utimesSync(file, 1_700_000_000, 1_700_000_000);
		const note = readNoteFile(file);
		expect(note).toEqual({ text: "héllo 学习\n".repeat(2000), mtime: statSync(file).mtimeMs });
		expect(note?.mtime).toBe(1_700_000_000_000);
	});

	it("reads an empty file, and returns null for one that went away", () => {
		const vault = tempVault({ "Empty.md": "", "Gone.md": "x" });
		expect(readNoteFile(join(vault, "Empty.md"))?.text).toBe("");
		unlinkSync(join(vault, "Gone.md"));
		expect(readNoteFile(join(vault, "Gone.md"))).toBeNull();
	});
});
