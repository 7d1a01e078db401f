/**
 * Link resolution against real Obsidian: the recorded notes are loaded together (with
 * empty stand-ins for the files they link to), then `getFirstLinkpathDest` and the
 * vault-wide `resolvedLinks` / `unresolvedLinks` are compared with the recordings.
 */
import { describe, expect, it } from "vitest";
import { getLinkpath } from "obsidian";
import { createFakeApp } from "./obsidian/index";
import { loadLinkMap, loadOracleNotes } from "./oracles";

const notes = loadOracleNotes();
const resolved = loadLinkMap("resolvedLinks.json");
const unresolved = loadLinkMap("unresolvedLinks.json");
const recordedSources = notes.map((n) => n.filePath);

function buildVault() {
	const files: Record<string, string> = {};
	for (const note of notes) {
		for (const target of Object.values(note.resolveLinkToPath)) if (target) files[target] = "";
	}
	for (const source of recordedSources) for (const target of Object.keys(resolved[source] ?? {})) files[target] = "";
	for (const note of notes) files[note.filePath] = note.fileContents;
	return createFakeApp(files);
}

describe("link resolution matches real Obsidian", () => {
	const app = buildVault();

	it.each(notes.map((n) => [n.name, n] as const))("getFirstLinkpathDest for the links of %s", (_name, note) => {
		for (const [link, expected] of Object.entries(note.resolveLinkToPath)) {
			const dest = app.metadataCache.getFirstLinkpathDest(getLinkpath(link), note.filePath);
			expect({ link, path: dest?.path ?? null }).toEqual({ link, path: expected });
		}
	});

	it.each(recordedSources)("resolvedLinks and unresolvedLinks of %s", (source) => {
		expect(app.metadataCache.resolvedLinks[source]).toEqual(resolved[source]);
		expect(app.metadataCache.unresolvedLinks[source]).toEqual(unresolved[source]);
	});

	it("resolves case-insensitively and prefers the exact path over a same-named file elsewhere", () => {
		const vault = createFakeApp({ "Topic.md": "", "sub/Topic.md": "", "sub/Other.md": "", "a/b/Deep.md": "" });
		expect(vault.metadataCache.getFirstLinkpathDest("topic", "x.md")?.path).toBe("Topic.md");
		expect(vault.metadataCache.getFirstLinkpathDest("sub/topic", "x.md")?.path).toBe("sub/Topic.md");
		expect(vault.metadataCache.getFirstLinkpathDest("b/deep", "x.md")?.path).toBe("a/b/Deep.md");
		expect(vault.metadataCache.getFirstLinkpathDest("other.md", "x.md")?.path).toBe("sub/Other.md");
		expect(vault.metadataCache.getFirstLinkpathDest("./Other", "sub/Topic.md")?.path).toBe("sub/Other.md");
		expect(vault.metadataCache.getFirstLinkpathDest("missing", "x.md")).toBeNull();
	});

	it("links with an empty link path resolve to the source note itself", () => {
		const vault = createFakeApp({ "n.md": "# h\n[[#h]]\n" });
		expect(vault.metadataCache.getFirstLinkpathDest("", "n.md")?.path).toBe("n.md");
		expect(vault.metadataCache.resolvedLinks["n.md"]).toEqual({ "n.md": 1 });
	});

	it("fileToLinktext uses the name when it is unique and the path otherwise", () => {
		const vault = createFakeApp({ "a/Unique.md": "", "a/Same.md": "", "b/Same.md": "", "img.png": "" });
		const file = (p: string) => vault.vault.getFileByPath(p)!;
		expect(vault.metadataCache.fileToLinktext(file("a/Unique.md"), "x.md")).toBe("Unique");
		expect(vault.metadataCache.fileToLinktext(file("a/Unique.md"), "x.md", false)).toBe("Unique.md");
		expect(vault.metadataCache.fileToLinktext(file("b/Same.md"), "x.md")).toBe("b/Same");
		expect(vault.metadataCache.fileToLinktext(file("img.png"), "x.md")).toBe("img.png");
	});
});
