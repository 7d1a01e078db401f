import { afterAll, describe, expect, it } from "vitest";
import { readVault } from "../../src/cli/readVault";
import { indexRelevance, mayNameTag } from "../../src/cli/relevance";
import { indexConfigFrom } from "../../src/core/index/config";
import { LearningIndex } from "../../src/core/index/LearningIndex";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { inlineTags } from "../../src/core/tags";
import { removeTempVaults, tempVault } from "./tempVault";

afterAll(removeTempVaults);

describe("mayNameTag", () => {
	it("finds a key tag written in any case, nested or not", () => {
		expect(mayNameTag("text #Challenge here", ["challenge"])).toBe(true);
		expect(mayNameTag("text #CHALLENGE/rust", ["challenge"])).toBe(true);
		expect(mayNameTag("学习 #方法论", ["challenge", "方法论"])).toBe(true);
	});

	it("rules out a text that never writes `#` before a key tag", () => {
		expect(mayNameTag("a challenge, #other tags", ["challenge"])).toBe(false);
		expect(mayNameTag("# Challenge (a heading)", ["challenge"])).toBe(false);
		expect(mayNameTag("#Challenge", [])).toBe(false);
	});

	it("agrees with the tag reader where lower case depends on what follows (Greek final sigma)", () => {
		// The tag ends at the period: alone, its last Σ lowers to a final ς; in the whole
		// text a letter follows the period, so the same Σ lowers to σ.
		const text = "#ΣΟΦΙΑΣ.x";
		expect(inlineTags(text)).toEqual(["σοφιας"]);
		expect(text.toLowerCase()).not.toContain("#σοφιας");
		expect(mayNameTag(text, ["σοφιας"])).toBe(true);
	});
});

describe("readVault with the index's relevance", () => {
	const config = indexConfigFrom(DEFAULT_SETTINGS);

	it("makes records only for the notes the index keeps, with links only where they matter", async () => {
		const vault = tempVault({
			"Plain.md": "No tags, a link to [[Topic]] and #other.",
			"Topic.md": "Body tag #方法论 and [[Plain]].",
			"Fm topic.md": "---\ntags: [方法论]\n---\n[[Plain]]",
			"Challenge.md": "---\ntags: [challenge]\n---\nSee [[Plain]].",
			"Inline challenge.md": "Tagged #Challenge/rust in the body, see [[Plain]].",
			"Just in case/Idea.md": "Parked, see [[Challenge]].",
			"Coded.md": "```\n#challenge\n```\n[[Plain]]",
		});
		const { records } = await readVault(vault, config, indexRelevance(new LearningIndex(config)));
		const byPath = Object.fromEntries(records.map((r) => [r.path, r]));
		expect(Object.keys(byPath).sort()).toEqual(["Challenge.md", "Fm topic.md", "Inline challenge.md", "Just in case/Idea.md", "Topic.md"]);
		expect(byPath["Challenge.md"].links).toEqual(["Plain.md"]);
		expect(byPath["Inline challenge.md"].links).toEqual(["Plain.md"]);
		expect(byPath["Inline challenge.md"].body).toContain("#Challenge/rust");
		expect(byPath["Just in case/Idea.md"].links).toEqual(["Challenge.md"]);
		// Topic notes are kept, but nothing compares their links.
		expect(byPath["Topic.md"].links).toEqual([]);
		expect(byPath["Topic.md"].tags).toEqual(["方法论"]);
	});

	it("still reports broken front matter of a note the index would not keep", async () => {
		const vault = tempVault({ "Bad.md": "---\na: [\n---\ntext" });
		const { records, broken } = await readVault(vault, config, indexRelevance(new LearningIndex(config)));
		expect(records).toEqual([]);
		expect(broken.map((b) => b.path)).toEqual(["Bad.md"]);
	});
});
