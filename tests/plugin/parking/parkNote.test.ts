import { describe, expect, it, vi } from "vitest";
import { clickMenuItem, menuItemTitles } from "../../fake/obsidian/index";
import { useFixedClock } from "../clock";
import { snapshot } from "../disk";
import { fileMenu } from "../dom";
import { type Harness, loadPlugin } from "../harness";

const FOLDER = "Just in case";
const RUST = "Learning/Rust.md";
const RUST_TEXT = "---\ntags: [方法论, rust]   # keep\naliases:\n  - Rust lang\n---\n# Rust\n\nOwnership *rules*.\n";
const INDEX = "Index.md";
const OURS = ["Park this note", "Bring back to just in time"];
const INDEX_TEXT = "See [[Rust]] and [[Learning/Rust|the full path]] and [md](Learning/Rust.md).\n";

useFixedClock(new Date(2026, 10, 27, 10, 0));

/** Every link in `from` resolves to the note now at `to`. */
function linksResolveTo(h: Harness, from: string, to: string): void {
	const cache = h.app.metadataCache.getFileCache(h.file(from));
	const links = cache?.links ?? [];
	expect(links.length).toBeGreaterThan(0);
	for (const link of links) expect(h.app.metadataCache.getFirstLinkpathDest(link.link.split("|")[0], from)?.path).toBe(to);
}

describe("park-note and unpark-note", () => {
	it("moves the note in, records the properties, and moving it back restores path and bytes", async () => {
		const h = await loadPlugin({ files: { [RUST]: RUST_TEXT, [INDEX]: INDEX_TEXT } });
		expect(await h.runOn(RUST, "park-note")).toBe(true);
		const parked = `${FOLDER}/Rust.md`;
		expect(h.app.vault.getFileByPath(RUST)).toBeNull();
		expect(h.read(parked)).toBe(
			'---\ntags: [方法论, rust]   # keep\naliases:\n  - Rust lang\nparked: 2026-11-27\nparked_from: "Learning"\n---\n# Rust\n\nOwnership *rules*.\n',
		);
		linksResolveTo(h, INDEX, parked);
		expect(h.noticeTexts()).toEqual(["Moved “Rust” to “Just in case”."]);

		expect(await h.runOn(parked, "unpark-note")).toBe(true);
		expect(h.app.vault.getFileByPath(parked)).toBeNull();
		expect(h.read(RUST)).toBe(RUST_TEXT);
		// Obsidian rewrites the links in its "new link format" on each move, so Index's bytes may
		// change (`[[Learning/Rust]]` becomes `[[Rust]]`); what must hold is that every link still resolves.
		linksResolveTo(h, INDEX, RUST);
		expect(h.noticeTexts()[1]).toBe("Moved “Rust” back to “Learning”.");
	});

	it("round-trips a note without properties from the vault root", async () => {
		const h = await loadPlugin({ files: { "Loose.md": "just text\r\nwith CRLF\r\n" } });
		await h.runOn("Loose.md", "park-note");
		expect(h.read(`${FOLDER}/Loose.md`)).toBe('---\r\nparked: 2026-11-27\r\nparked_from: ""\r\n---\r\njust text\r\nwith CRLF\r\n');
		await h.runOn(`${FOLDER}/Loose.md`, "unpark-note");
		expect(h.read("Loose.md")).toBe("just text\r\nwith CRLF\r\n");
		expect(h.noticeTexts()[1]).toBe("Moved “Loose” back to the vault root.");
	});

	it("creates the folder on first use", async () => {
		const h = await loadPlugin({ files: { "a.md": "x" }, settings: { justInCaseFolder: "Later/Maybe" } });
		await h.runOn("a.md", "park-note");
		expect(h.app.vault.getFileByPath("Later/Maybe/a.md")).not.toBeNull();
	});

	it("takes the next free name on a clash in either direction, never overwriting", async () => {
		const h = await loadPlugin({ files: {
			[RUST]: "mine",
			[`${FOLDER}/rust.md`]: "already parked",
			[`${FOLDER}/Rust 2.md`]: "also parked",
		} });
		await h.runOn(RUST, "park-note");
		const parked = `${FOLDER}/Rust 3.md`;
		expect(h.read(parked)).toContain("mine");
		expect(h.read(`${FOLDER}/rust.md`)).toBe("already parked");
		expect(h.read(`${FOLDER}/Rust 2.md`)).toBe("also parked");

		await h.app.vault.create(RUST, "a new Rust note");
		await h.settle();
		await h.runOn(parked, "unpark-note");
		expect(h.read(RUST)).toBe("a new Rust note");
		expect(h.read("Learning/Rust 3.md")).toBe("mine");
	});

	it("brings a note back to the vault root when its folder is gone", async () => {
		const h = await loadPlugin({ files: { [`${FOLDER}/Old.md`]: '---\nparked: 2026-01-01\nparked_from: "Gone/Away"\n---\nbody' } });
		await h.runOn(`${FOLDER}/Old.md`, "unpark-note");
		expect(h.read("Old.md")).toBe("body");
		expect(h.noticeTexts()).toEqual(["Moved “Old” to the vault root: the folder it came from is gone."]);
	});

	it("never sends a note back into the parking folder or outside the vault", async () => {
		const h = await loadPlugin({ files: {
			[`${FOLDER}/A.md`]: `---\nparked_from: "${FOLDER}/sub"\n---\na`,
			[`${FOLDER}/sub/B.md`]: '---\nparked_from: "../.."\n---\nb',
			[`${FOLDER}/sub/x.md`]: "keeps sub alive",
		} });
		await h.runOn(`${FOLDER}/A.md`, "unpark-note");
		await h.runOn(`${FOLDER}/sub/B.md`, "unpark-note");
		expect(h.read("A.md")).toBe("a");
		expect(h.read("B.md")).toBe("b");
	});

	it("keeps an idea's own properties when it is brought back", async () => {
		const h = await loadPlugin({ files: { [`${FOLDER}/idea.md`]: '---\nparked: 2026-11-01\nfrom: "[[Src]]"\n---\nidea' } });
		await h.runOn(`${FOLDER}/idea.md`, "unpark-note");
		expect(h.read("idea.md")).toBe('---\nfrom: "[[Src]]"\n---\nidea');
	});

	it("offers each command only where it applies", async () => {
		const h = await loadPlugin({ files: { "a.md": "x", [`${FOLDER}/deep/b.md`]: "y", "c.canvas": "{}" } });
		await h.open("a.md");
		expect(h.isAvailable("park-note")).toBe(true);
		expect(h.isAvailable("unpark-note")).toBe(false);
		await h.open(`${FOLDER}/deep/b.md`);
		expect(h.isAvailable("park-note")).toBe(false);
		expect(h.isAvailable("unpark-note")).toBe(true);
		await h.app.workspace.setActiveFile(null);
		expect(h.isAvailable("park-note")).toBe(false);
	});

	it("adds the right item to a note's file menu", async () => {
		const h = await loadPlugin({ files: { "a.md": "x", [`${FOLDER}/b.md`]: "y" } });
		// Other features add their own items; only ours are checked here.
		const menuFor = (path: string) => menuItemTitles(fileMenu(h, path)).filter((t) => OURS.includes(t));
		expect(menuFor("a.md")).toEqual(["Park this note"]);
		expect(menuFor(`${FOLDER}/b.md`)).toEqual(["Bring back to just in time"]);
		expect(menuFor(FOLDER)).toEqual([]);

		await clickMenuItem(fileMenu(h, "a.md"), "Park this note");
		await h.settle();
		expect(h.app.vault.getFileByPath(`${FOLDER}/a.md`)).not.toBeNull();
	});
});

describe("park-note and unpark-note: a failure changes nothing", () => {
	const BROKEN = "---\ntags: [a\n---\nbody\n";

	it("refuses to park a note with broken properties", async () => {
		const h = await loadPlugin({ files: { "b.md": BROKEN } });
		const before = snapshot(h.app);
		await h.runOn("b.md", "park-note");
		expect(snapshot(h.app)).toEqual(before);
		expect(h.noticeTexts()).toEqual([expect.stringContaining("could not be read")]);
	});

	it("refuses to unpark a note with broken properties", async () => {
		const h = await loadPlugin({ files: { [`${FOLDER}/b.md`]: BROKEN } });
		const before = snapshot(h.app);
		await h.runOn(`${FOLDER}/b.md`, "unpark-note");
		expect(snapshot(h.app)).toEqual(before);
		expect(h.noticeTexts()).toEqual([expect.stringContaining("could not be read")]);
	});

	it("undoes the properties (and the new folder) when the move fails while parking", async () => {
		const h = await loadPlugin({ files: { [RUST]: RUST_TEXT, [INDEX]: INDEX_TEXT } });
		vi.spyOn(h.app.fileManager, "renameFile").mockRejectedValueOnce(new Error("EBUSY"));
		const before = snapshot(h.app);
		await h.runOn(RUST, "park-note");
		expect(snapshot(h.app)).toEqual(before);
		expect(h.noticeTexts()).toEqual([`Could not move “${RUST}”: EBUSY. Nothing was changed.`]);
	});

	it("puts the properties back when the move fails while unparking", async () => {
		const parked = '---\nparked: 2026-01-01\nparked_from: "Learning"\n---\nbody';
		const h = await loadPlugin({ files: { [`${FOLDER}/Rust.md`]: parked, "Learning/other.md": "x" } });
		vi.spyOn(h.app.fileManager, "renameFile").mockRejectedValueOnce(new Error("EPERM"));
		const before = snapshot(h.app);
		await h.runOn(`${FOLDER}/Rust.md`, "unpark-note");
		expect(snapshot(h.app)).toEqual(before);
		expect(h.noticeTexts()).toEqual([`Could not move “${FOLDER}/Rust.md”: EPERM. Nothing was changed.`]);
	});

	it("refuses when the folder path is a file", async () => {
		const h = await loadPlugin({ files: { "a.md": "x", [FOLDER]: "a file named like the folder" } });
		const before = snapshot(h.app);
		await h.runOn("a.md", "park-note");
		expect(snapshot(h.app)).toEqual(before);
		expect(h.noticeTexts()).toEqual([expect.stringContaining("is a file, not a folder")]);
	});

	it("refuses an unusable folder setting", async () => {
		const h = await loadPlugin({ files: { "a.md": "x" } });
		await h.ctx.updateSettings({ justInCaseFolder: ".obsidian" });
		const before = snapshot(h.app);
		await h.runOn("a.md", "park-note");
		expect(snapshot(h.app)).toEqual(before);
		expect(h.noticeTexts()).toEqual([expect.stringContaining("The configuration folder cannot be used.")]);
	});
});
