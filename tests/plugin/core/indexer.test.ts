import { TFile } from "obsidian";
import { describe, expect, it } from "vitest";
import { withBody } from "../../../src/core/withBody";
import { loadPlugin } from "../harness";

const CHALLENGE = "---\ntags: [challenge, rust]\nstatus: current\ndeadline: 2026-12-20\n---\n# Rust\n\n## Action items\n- [ ] read\n- [x] install\n";

function files() {
	return {
		"Challenges/Rust.md": CHALLENGE,
		"Learning/Method.md": "---\nTag: 方法论\n---\nHow to learn.",
		"Learning/Book.md": "A book #方法论/reading and [[Challenges/Rust]]",
		"Just in case/Idea.md": "---\nparked: 2026-11-20\n---\nidea #rust",
		"Other.md": "nothing",
	};
}

describe("the plugin's index after layout-ready", () => {
	it("is built from the metadata cache: challenge, learning notes (legacy Tag: key too), parked notes", async () => {
		const h = await loadPlugin({ files: files() });
		const idx = h.ctx.index;
		expect(idx.current().chosen?.record.path).toBe("Challenges/Rust.md");
		expect(idx.current().chosen?.actionItems.map((i) => i.text)).toEqual(["read", "install"]);
		expect(idx.learningNotes().map((r) => r.path).sort()).toEqual(["Learning/Book.md", "Learning/Method.md"]);
		expect(idx.parkedNotes().map((r) => r.path)).toEqual(["Just in case/Idea.md"]);
		expect(idx.get("Just in case/Idea.md")?.tags).toEqual(["rust"]);
	});

	it("waits for layout-ready before indexing, and commands issued before then wait too", async () => {
		const h = await loadPlugin({ files: files(), layoutReady: false });
		expect(h.ctx.isReady).toBe(false);
		expect(h.ctx.index.size).toBe(0);
		h.app.workspace.triggerLayoutReady();
		await h.ctx.whenReady();
		// Every note but the plain one (the index keeps only what the sidebar shows).
		expect(h.ctx.index.size).toBe(4);
	});

	it("updates one note after an edit, once the metadata cache has caught up", async () => {
		const h = await loadPlugin({ files: files() });
		const f = h.app.vault.getFileByPath("Challenges/Rust.md")!;
		await h.app.vault.modify(f, CHALLENGE + "- [ ] new item\n");
		await h.flush();
		expect(h.ctx.index.current().chosen?.actionItems.map((i) => i.text)).toEqual(["read", "install", "new item"]);
	});

	it("adds a created note and drops a deleted one", async () => {
		const h = await loadPlugin({ files: files() });
		await h.app.vault.create("Learning/New.md", "#方法论 new");
		await h.flush();
		expect(h.ctx.index.learningNotes().map((r) => r.path)).toContain("Learning/New.md");
		await h.app.vault.delete(h.app.vault.getFileByPath("Learning/New.md")!);
		await h.flush();
		expect(h.ctx.index.get("Learning/New.md")).toBeUndefined();
	});

	it("follows a rename (which metadata 'changed' does not report), keeping the challenge's body", async () => {
		const h = await loadPlugin({ files: files() });
		await h.app.fileManager.renameFile(h.app.vault.getFileByPath("Challenges/Rust.md")!, "Challenges/Rust 2.md");
		await h.flush();
		expect(h.ctx.index.get("Challenges/Rust.md")).toBeUndefined();
		expect(h.ctx.index.current().chosen?.record.path).toBe("Challenges/Rust 2.md");
		expect(h.ctx.index.current().chosen?.actionItems).toHaveLength(2);
	});

	it("moves a note into the just-in-case folder and classifies it as parked", async () => {
		const h = await loadPlugin({ files: files() });
		await h.app.fileManager.renameFile(h.app.vault.getFileByPath("Other.md")!, "Just in case/Other.md");
		await h.flush();
		expect(h.ctx.index.isParked("Just in case/Other.md")).toBe(true);
	});

	it("drops every note of a deleted folder", async () => {
		const h = await loadPlugin({ files: files() });
		const folder = h.app.vault.getFolderByPath("Learning")!;
		await h.app.vault.delete(folder, true);
		await h.flush();
		expect(h.ctx.index.learningNotes()).toEqual([]);
	});

	it("re-classifies the vault when the challenge tag setting changes", async () => {
		const h = await loadPlugin({ files: { ...files(), "Goal.md": "---\ntags: goal\nstatus: current\n---\n- [ ] g\n" } });
		await h.ctx.updateSettings({ challengeTag: "goal" });
		expect(h.ctx.index.current().chosen?.record.path).toBe("Goal.md");
		expect(h.ctx.index.current().chosen?.actionItems).toHaveLength(1);
	});

	it("resolves links only for parked notes and challenges (the only ones 'came up' compares)", async () => {
		const h = await loadPlugin({
			files: { ...files(), "Just in case/Linked.md": "see [[Rust]]", "Plain.md": "see [[Rust]]" },
		});
		expect(h.ctx.index.get("Just in case/Linked.md")?.links).toEqual(["Challenges/Rust.md"]);
		// Copies keep them when made with withBody; a spread drops the lazy getter, and the index refuses it.
		const record = h.ctx.index.get("Just in case/Linked.md")!;
		expect(withBody(record, "text").links).toEqual(["Challenges/Rust.md"]);
		expect(() => h.ctx.index.upsert({ ...record })).toThrow("copy records with withBody");
		expect(h.ctx.index.get("Just in case/Linked.md")).toBe(record);
		expect(h.ctx.index.get("Plain.md")).toBeUndefined();
		expect(h.ctx.index.get("Learning/Book.md")?.links).toEqual([]);
	});

	it("resolves a parked note's links only when one may point to the challenge on screen", async () => {
		const h = await loadPlugin({
			files: {
				...files(),
				"Just in case/Elsewhere.md": "see [[Other]] and [[Learning/Method|how]]",
				"Just in case/Named.md": "see [[challenges/rust#Goal|the challenge]]",
			},
			layoutReady: false,
		});
		const asked: string[] = [];
		const cache = h.app.metadataCache;
		const original = cache.getFirstLinkpathDest.bind(cache);
		cache.getFirstLinkpathDest = (linkpath: string, source: string) => {
			asked.push(`${source} -> ${linkpath}`);
			return original(linkpath, source);
		};
		h.app.workspace.triggerLayoutReady();
		await h.ctx.whenReady();
		expect(asked).toEqual([]);
		const view = await h.openSidebar();
		expect(view.containerEl.textContent).toContain("Links to the challenge");
		expect(asked.filter((a) => a.startsWith("Just in case/"))).toEqual(["Just in case/Named.md -> challenges/rust"]);
		// Read when asked for: resolved then, as before.
		expect(h.ctx.index.get("Just in case/Elsewhere.md")?.links).toEqual(["Other.md", "Learning/Method.md"]);
	});

	it("reads a challenge that becomes current after start-up", async () => {
		const other = "---\ntags: [challenge]\nstatus: active\n---\n- [ ] piano scales\n";
		const h = await loadPlugin({ files: { ...files(), "Challenges/Piano.md": other } });
		expect(h.ctx.index.challenge("Challenges/Piano.md")?.hasBody).toBe(false);
		await h.app.fileManager.processFrontMatter(h.app.vault.getFileByPath("Challenges/Rust.md")!, (fm: Record<string, unknown>) => {
			fm.status = "done";
		});
		await h.app.fileManager.processFrontMatter(h.app.vault.getFileByPath("Challenges/Piano.md")!, (fm: Record<string, unknown>) => {
			fm.status = "current";
		});
		await h.flush();
		expect(h.ctx.index.current().chosen?.actionItems.map((i) => i.text)).toEqual(["piano scales"]);
	});

	it("reads the current challenge of a vault where none had been read", async () => {
		const h = await loadPlugin({ files: files(), layoutReady: false });
		h.app.workspace.triggerLayoutReady();
		await h.ctx.whenReady();
		expect(h.ctx.index.current().chosen?.hasBody).toBe(true);
	});

	it("keeps an edit that arrives while the challenge's text is being read at start-up", async () => {
		const h = await loadPlugin({ files: files(), layoutReady: false });
		const vault = h.app.vault;
		const original = vault.cachedRead.bind(vault);
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		vault.cachedRead = async (file: TFile) => {
			const text = await original(file);
			await gate;
			return text;
		};
		h.app.workspace.triggerLayoutReady();
		await h.flush();
		vault.cachedRead = original;
		await vault.modify(vault.getFileByPath("Challenges/Rust.md")!, CHALLENGE + "- [ ] newer\n");
		await h.flush();
		release();
		await h.ctx.whenReady();
		await h.flush();
		expect(h.ctx.index.current().chosen?.actionItems.map((i) => i.text)).toEqual(["read", "install", "newer"]);
	});

	it("reads no note but the current challenge", async () => {
		const other = "---\ntags: [challenge]\nstatus: active\n---\n- [ ] piano\n";
		const h = await loadPlugin({ files: { ...files(), "Challenges/Piano.md": other }, layoutReady: false });
		const read: string[] = [];
		const vault = h.app.vault;
		const original = vault.cachedRead.bind(vault);
		vault.cachedRead = (file: TFile) => {
			read.push(file.path);
			return original(file);
		};
		h.app.workspace.triggerLayoutReady();
		await h.ctx.whenReady();
		expect(read).toEqual(["Challenges/Rust.md"]);
	});
});
