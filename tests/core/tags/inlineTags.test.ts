import { describe, expect, it } from "vitest";
import { inlineTagOccurrences, inlineTags, noteTags } from "../../../src/core/tags";

const lines = (...l: string[]) => l.join("\n");

describe("inlineTags", () => {
	it("reads tags at the start of a line and after whitespace, normalised and deduplicated", () => {
		expect(inlineTags("#Challenge and #rust\tthen #RUST")).toEqual(["challenge", "rust"]);
	});

	it("does not read a # glued to a word, or a heading marker", () => {
		expect(inlineTags(lines("foo#bar", "# Heading", "## Sub #real"))).toEqual(["real"]);
	});

	it("ends a tag at punctuation and keeps nested tags", () => {
		expect(inlineTags("Done #a/b, then #c. Also (#d) and #e!")).toEqual(["a/b", "c", "e"]);
	});

	it("reads CJK and accented tags, and skips digits-only ones", () => {
		expect(inlineTags("学习 #方法论 #Café #123 #2024年 #y2024")).toEqual(["方法论", "café", "2024年", "y2024"]);
	});

	it("reads tags in blockquotes and callouts, and in list items and tasks", () => {
		expect(inlineTags(lines("> [!note]", ">#q1 and > #q2", "- [ ] task #t", "1. item #n"))).toEqual([
			"q1",
			"q2",
			"t",
			"n",
		]);
	});

	it("reads tags right inside emphasis and after an escaped character", () => {
		expect(inlineTags("**#bold** *#it* ==#hl== \\[#esc")).toEqual(["bold", "it", "hl", "esc"]);
		expect(inlineTags("a**#glued**")).toEqual([]);
	});

	it("skips front matter", () => {
		expect(inlineTags(lines("---", "note: '#nope'", "---", "#yes"))).toEqual(["yes"]);
	});

	it("skips fenced code with backticks and tildes, and indented code", () => {
		const text = lines("```", "#a", "```", "~~~", "#b", "~~~", "", "    #c", "", "#d");
		expect(inlineTags(text)).toEqual(["d"]);
	});

	it("skips inline code spans, double-backtick ones included", () => {
		expect(inlineTags("`#a` ``x #b ` y`` #c `unclosed #d")).toEqual(["c", "d"]);
	});

	it("skips wiki links, Markdown links and URLs", () => {
		const text = "[[Note #x]] ![[img #y]] [text #z](https://e.com) https://e.com/a #b <https://e.com/#q> #ok";
		expect(inlineTags(text)).toEqual(["b", "ok"]);
	});

	it("skips HTML comments, inline or on several lines", () => {
		expect(inlineTags(lines("a <!-- #x --> #y", "<!--", "#z", "-->", "#w"))).toEqual(["y", "w"]);
	});

	it("reads tags in %% comments, as Obsidian does", () => {
		// Obsidian indexes these (recorded in comments_markdown_style.json); users hide tags this way.
		expect(inlineTags(lines("a %% #x %%", "%%", "#y", "%%"))).toEqual(["x", "y"]);
	});

	it("reports where each tag is, as written", () => {
		expect(inlineTagOccurrences("x\n> a #Tag/Sub")).toEqual([{ tag: "#Tag/Sub", line: 1, col: 4 }]);
	});
});

describe("noteTags", () => {
	it("unions front matter and body tags", () => {
		expect(noteTags({ tags: ["challenge"], Tag: "方法论" }, "#rust and #challenge")).toEqual([
			"challenge",
			"方法论",
			"rust",
		]);
	});

	it("works without a body or without front matter", () => {
		expect(noteTags({ tags: "a" })).toEqual(["a"]);
		expect(noteTags(null, "#b")).toEqual(["b"]);
	});
});
