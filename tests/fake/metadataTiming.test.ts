/**
 * When the fake's metadata cache updates, relative to vault events: after them, one
 * note at a time, with Obsidian's events (`changed`, `resolve`, `resolved`, `deleted`).
 */
import { describe, expect, it } from "vitest";
import { Events, type CachedMetadata, type TAbstractFile, type TFile } from "obsidian";
import { captureHandlerErrors, createFakeApp, flush } from "./obsidian/index";

describe("Events", () => {
	it("runs handlers in order with their context, and off/offref remove them", () => {
		const events = new Events();
		const seen: string[] = [];
		const ctx = { name: "ctx" };
		const first = function (this: typeof ctx, ...data: unknown[]) {
			seen.push(`${this.name}:${String(data[0])}`);
		};
		events.on("x", first, ctx);
		const ref = events.on("x", (...data: unknown[]) => seen.push(`second:${String(data[0])}`));
		events.trigger("x", "a");
		events.offref(ref);
		events.trigger("x", "b");
		events.off("x", first);
		events.trigger("x", "c");
		expect(seen).toEqual(["ctx:a", "second:a", "ctx:b"]);
	});

	it("a throwing handler does not stop the others; its error surfaces asynchronously", async () => {
		const events = new Events();
		const seen: string[] = [];
		const capture = captureHandlerErrors();
		try {
			events.on("x", () => {
				throw new Error("handler failed");
			});
			events.on("x", () => seen.push("second"));
			events.trigger("x");
		} finally {
			capture.restore();
		}
		expect(seen).toEqual(["second"]);
		expect(capture.errors).toEqual([new Error("handler failed")]);
	});

	it("handlers added while triggering run from the next trigger on", () => {
		const events = new Events();
		let count = 0;
		events.on("x", () => events.on("x", () => count++));
		events.trigger("x");
		expect(count).toBe(0);
		events.trigger("x");
		expect(count).toBe(1);
	});
});

describe("MetadataCache timing", () => {
	it("has the initial files indexed right away", () => {
		const app = createFakeApp({ "n.md": "#tag" });
		expect(app.metadataCache.getCache("n.md")?.tags?.[0].tag).toBe("#tag");
	});

	it("a vault modify handler still sees the old cache; changed brings the new one", async () => {
		const app = createFakeApp({ "n.md": "#old" });
		const file = app.vault.getFileByPath("n.md")!;
		const log: string[] = [];
		app.vault.on("modify", (f: TAbstractFile) => log.push(`modify ${app.metadataCache.getCache(f.path)?.tags?.[0].tag}`));
		app.metadataCache.on("changed", (f: TFile, data: string, cache: CachedMetadata) => log.push(`changed ${f.path} ${JSON.stringify(data)} ${cache.tags?.[0].tag}`));
		app.metadataCache.on("resolve", (f: TFile) => log.push(`resolve ${f.path}`));
		app.metadataCache.on("resolved", () => log.push("resolved"));
		await app.vault.modify(file, "#new");
		expect(log).toEqual(["modify #old"]);
		expect(app.metadataCache.getFileCache(file)?.tags?.[0].tag).toBe("#old");
		await flush();
		expect(log).toEqual(["modify #old", 'changed n.md "#new" #new', "resolve n.md", "resolved"]);
		expect(app.metadataCache.getFileCache(file)?.tags?.[0].tag).toBe("#new");
	});

	it("parses a created note after its create event, and indexes its links", async () => {
		const app = createFakeApp({ "target.md": "" });
		const log: string[] = [];
		app.vault.on("create", (f: TAbstractFile) => log.push(`create, cache ${app.metadataCache.getCache(f.path) === null ? "missing" : "present"}`));
		app.metadataCache.on("changed", (f: TFile) => log.push(`changed ${f.path}`));
		await app.vault.create("n.md", "[[target]] [[nowhere]]");
		await flush();
		expect(log).toEqual(["create, cache missing", "changed n.md"]);
		expect(app.metadataCache.resolvedLinks["n.md"]).toEqual({ "target.md": 1 });
		expect(app.metadataCache.unresolvedLinks["n.md"]).toEqual({ nowhere: 1 });
	});

	it("handles changed notes one per macrotask, and fires resolved once the queue is empty", async () => {
		const app = createFakeApp({ "a.md": "", "b.md": "" });
		const log: string[] = [];
		app.metadataCache.on("changed", (f: TFile) => log.push(f.path));
		app.metadataCache.on("resolved", () => log.push("resolved"));
		await app.vault.modify(app.vault.getFileByPath("a.md")!, "1");
		await app.vault.modify(app.vault.getFileByPath("b.md")!, "2");
		await app.vault.modify(app.vault.getFileByPath("a.md")!, "3");
		await flush();
		expect(log).toEqual(["a.md", "b.md", "resolved"]);
	});

	it("moves the entry on rename without a changed event, and re-resolves links", async () => {
		const app = createFakeApp({ "old.md": "#t", "src.md": "[[new]]" });
		const file = app.vault.getFileByPath("old.md")!;
		const cache = app.metadataCache.getFileCache(file);
		const changed: string[] = [];
		let seenInRename: unknown = undefined;
		app.vault.on("rename", (f: TAbstractFile) => (seenInRename = app.metadataCache.getCache(f.path)));
		app.metadataCache.on("changed", (f: TFile) => changed.push(f.path));
		await app.vault.rename(file, "new.md");
		expect(seenInRename).toBe(cache);
		expect(app.metadataCache.getCache("old.md")).toBeNull();
		await flush();
		expect(changed).toEqual([]);
		expect(app.metadataCache.getFileCache(file)).toBe(cache);
		expect(app.metadataCache.resolvedLinks["src.md"]).toEqual({ "new.md": 1 });
	});

	it("fires deleted with the previous cache and forgets the note", async () => {
		const app = createFakeApp({ "n.md": "#t", "src.md": "[[n]]" });
		const file = app.vault.getFileByPath("n.md")!;
		const previous = app.metadataCache.getFileCache(file);
		const log: unknown[] = [];
		app.metadataCache.on("deleted", (f: TFile, prev: unknown) => log.push([f.path, prev]));
		await app.vault.delete(file);
		expect(log).toEqual([["n.md", previous]]);
		expect(app.metadataCache.getCache("n.md")).toBeNull();
		await flush();
		expect(app.metadataCache.unresolvedLinks["src.md"]).toEqual({ n: 1 });
	});

	it("leaves frontmatter out when the YAML is broken or empty (Obsidian shows none)", () => {
		const app = createFakeApp({
			"broken.md": "---\ntitle: [unclosed\n---\n#tag\n",
			"duplicate.md": "---\na: 1\na: 2\n---\n",
			"empty.md": "---\n---\nbody\n",
			"scalar.md": "---\njust text\n---\n",
		});
		for (const path of ["broken.md", "duplicate.md", "empty.md", "scalar.md"]) {
			expect(app.metadataCache.getCache(path)?.frontmatter).toBeUndefined();
			expect(app.metadataCache.getCache(path)?.frontmatterPosition).toBeUndefined();
		}
		expect(app.metadataCache.getCache("broken.md")?.tags?.map((t) => t.tag)).toEqual(["#tag"]);
		expect(app.metadataCache.getCache("broken.md")?.sections?.[0].type).toBe("yaml");
	});

	it("reads YAML dates as plain strings, like Obsidian", () => {
		const app = createFakeApp({ "n.md": "---\ndue: 2024-07-21\nat: 2024-07-21T12:37:00\nn: 3\n---\n" });
		expect(app.metadataCache.getCache("n.md")?.frontmatter).toEqual({ due: "2024-07-21", at: "2024-07-21T12:37:00", n: 3 });
	});

	it("does not index non-Markdown files", async () => {
		const app = createFakeApp({ "data.txt": "#tag" });
		expect(app.metadataCache.getCache("data.txt")).toBeNull();
		await app.vault.create("more.txt", "#tag");
		await flush();
		expect(app.metadataCache.getCache("more.txt")).toBeNull();
	});
});
