import { describe, expect, it } from "vitest";
import { BENCH_TODAY, generateVault, vaultFiles } from "../../bench/generateVault";
import { longChallenge } from "../../bench/vault/longChallenge";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { frontmatterTags, noteTags, normalizeTag } from "../../src/core/tags";
import { parseMarkdown } from "../fake/obsidian/markdown/cachedMetadata";

/**
 * The benchmarks time the index on metadata caches the generator writes
 * itself (parsing 50,000 notes would take longer than the benchmark). These
 * tests hold those caches to what a Markdown parser finds in the same text,
 * and the vault to the shape the benchmarks promise.
 */

const vault = generateVault({ notes: 400, seed: 11 });

function pick(cache: ReturnType<typeof parseMarkdown>) {
	return {
		frontmatter: cache.frontmatter ?? null,
		tags: (cache.tags ?? []).map((t) => t.tag),
		links: (cache.links ?? []).map((l) => [l.link, l.displayText]),
		embeds: (cache.embeds ?? []).map((l) => l.link),
		frontmatterLinks: (cache.frontmatterLinks ?? []).map((l) => [l.key, l.link]),
	};
}

describe("synthetic vaults", () => {
	it("are the same for the same size and seed, and differ with the seed", () => {
		expect(vaultFiles(generateVault({ notes: 50, seed: 3 }))).toEqual(vaultFiles(generateVault({ notes: 50, seed: 3 })));
		expect(vaultFiles(generateVault({ notes: 50, seed: 4 }))).not.toEqual(vaultFiles(generateVault({ notes: 50, seed: 3 })));
	});

	it("hold 2% challenges with exactly one current, 10% parked notes in the folder, 5% topic notes", () => {
		const count = (role: string) => vault.notes.filter((n) => n.role === role).length;
		expect([count("challenge"), count("parked"), count("topic")]).toEqual([8, 40, 20]);
		const current = vault.notes.filter((n) => /^status: current$/m.test(n.content));
		expect(current.map((n) => n.path)).toEqual([vault.currentPath]);
		for (const n of vault.notes.filter((x) => x.role === "parked")) expect(n.path.startsWith("Just in case/")).toBe(true);
		expect(new Set(vault.notes.map((n) => n.path)).size).toBe(400);
	});

	it("carry CJK tags, the legacy tag key and the topic tag", () => {
		const text = vault.notes.map((n) => n.content).join("\n");
		expect(text).toMatch(/^Tag: 方法论$/m);
		expect(text).toMatch(/^tag: \S+$/m);
		expect(text).toMatch(/#学习\/方法|- 读书|#读书/);
		expect(text).toMatch(/\[\[[^\]]+\|[^\]]+\]\]/);
	});

	it("come with the metadata cache a Markdown parser finds in their text", () => {
		for (const note of vault.notes) expect(pick(note.cache), note.path).toEqual(pick(parseMarkdown(note.content)));
	});

	it("give the headless report the same tags as the plugin reads from the cache", () => {
		for (const note of vault.notes) {
			const fromCache = new Set(frontmatterTags(note.cache.frontmatter ?? null));
			for (const t of note.cache.tags ?? []) fromCache.add(normalizeTag(t.tag) ?? "");
			const fm = parseFrontmatter(note.content);
			if (!fm.ok) throw new Error(`${note.path}: ${fm.error}`);
			expect(new Set(noteTags(fm.data, note.content)), note.path).toEqual(fromCache);
		}
	});
});

describe("the long challenge note", () => {
	it("has exactly the lines asked for, one practice log and tasks inside code to skip", () => {
		const text = longChallenge(5000, BENCH_TODAY);
		expect(text.split("\n")).toHaveLength(5001);
		expect(text.match(/^## Practice log$/gm)).toHaveLength(1);
		expect(text).toContain("- [ ] not a task, inside code");
	});
});
