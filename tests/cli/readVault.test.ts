import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readVault } from "../../src/cli/readVault";
import { FIXTURES } from "./run";
import { removeTempVaults, tempVault } from "./tempVault";

afterAll(removeTempVaults);

describe("readVault", () => {
	it("reads only Markdown notes, skipping hidden folders and node_modules", async () => {
		const vault = tempVault({
			"A.md": "a",
			"Sub/B.MD": "b",
			"Sub/picture.png": "x",
			"notes.txt": "x",
			".obsidian/snippets/C.md": "c",
			".trash/D.md": "d",
			".hidden.md": "h",
			"node_modules/pkg/README.md": "r",
			"Deep/er/E.md": "e",
		});
		const { records, broken } = await readVault(vault);
		expect(records.map((r) => r.path)).toEqual(["A.md", "Deep/er/E.md", "Sub/B.MD"]);
		expect(records.map((r) => r.basename)).toEqual(["A", "E", "B"]);
		expect(broken).toEqual([]);
	});

	it("reports broken and JavaScript front matter, leaves those notes out, never runs the script", async () => {
		const g = globalThis as { __jitlPwned?: boolean };
		const { records, broken } = await readVault(join(FIXTURES, "mixed"));
		expect(g.__jitlPwned).toBeUndefined();
		expect(broken.map((b) => b.path)).toEqual(["Notes/Broken.md", "Notes/Evil.md"]);
		expect(broken[0].error).toMatch(/line 3/);
		expect(broken[1].error).toMatch(/---js/);
		expect(records.map((r) => r.path)).toEqual(["Challenges/Learn Go.md", "Notes/Legacy tags.md", "Notes/Unclosed fence.md"]);
	});

	it("keeps front matter values as written and the body only for challenge notes", async () => {
		const { records } = await readVault(join(FIXTURES, "mixed"));
		const go = records.find((r) => r.basename === "Learn Go")!;
		expect(go.frontmatter).toMatchObject({ deadline: "2026-12-20", started: "2026-11-01T09:30:00Z", status: "current" });
		expect(go.tags).toEqual(["challenge"]);
		expect(go.body).toContain("- [ ] Write a small HTTP server");
		const legacy = records.find((r) => r.basename === "Legacy tags")!;
		expect(legacy.tags.sort()).toEqual(["go", "方法论"]);
		expect(legacy.body).toBeUndefined();
	});

	it("collects inline tags, ignoring the ones in code", async () => {
		const vault = tempVault({ "N.md": "---\ntags: [Rust]\n---\nText #Idea/Later and `#notatag`\n```\n#nor-this\n```\n" });
		const [note] = (await readVault(vault)).records;
		expect(note.tags.sort()).toEqual(["idea/later", "rust"]);
	});

	it("resolves body and front matter links to vault paths, dropping unresolved ones", async () => {
		const vault = tempVault({
			"Projects/Plan.md": "Plan",
			"Other/Plan.md": "other plan",
			"Projects/Idea.md": "---\nfrom: \"[[Plan]]\"\nrelated: [\"[[Nowhere]]\", \"[[Source]]\"]\n---\nSee [[Plan]], [the book](../Library/The%20Book.md) and [[https://x]].",
			"Source.md": "s",
			"Library/The Book.md": "b",
		});
		const { records } = await readVault(vault);
		const idea = records.find((r) => r.path === "Projects/Idea.md")!;
		expect(idea.links.sort()).toEqual(["Library/The Book.md", "Projects/Plan.md", "Source.md"]);
	});

	it("uses the challenge tag it is given to decide which bodies to keep", async () => {
		const vault = tempVault({ "Q.md": "---\ntags: [quest]\n---\n- [ ] task", "C.md": "---\ntags: [challenge]\n---\n- [ ] task" });
		const { records } = await readVault(vault, {
			challengeTag: "quest",
			topicTags: [],
			statusKey: "status",
			justInCaseFolder: "Just in case",
			practiceLogHeading: "Practice log",
			dailyGoalMinutes: 30,
		});
		expect(records.find((r) => r.path === "Q.md")!.body).toBe("---\ntags: [quest]\n---\n- [ ] task");
		expect(records.find((r) => r.path === "C.md")!.body).toBeUndefined();
	});

	it("strips a byte order mark so the front matter is still found", async () => {
		const vault = tempVault({ "B.md": "\ufeff---\ntags: [challenge]\n---\nx" });
		const [note] = (await readVault(vault)).records;
		expect(note.tags).toEqual(["challenge"]);
		expect(note.body).toBe("---\ntags: [challenge]\n---\nx");
	});
});
