import { describe, expect, it } from "vitest";
import { findSection, scanNote, splitLines, stripQuote } from "../../../src/core/markdown/scan";

const lines = (...l: string[]) => l.join("\n");
const kinds = (text: string) => scanNote(text).kinds;

describe("scanNote regions", () => {
	it("marks front matter, closed by --- or ...", () => {
		expect(kinds(lines("---", "a: 1", "---", "x"))).toEqual(["frontmatter", "frontmatter", "frontmatter", "text"]);
		expect(kinds(lines("---", "a: 1", "...", "x"))).toEqual(["frontmatter", "frontmatter", "frontmatter", "text"]);
		expect(scanNote(lines("---", "a: 1", "---")).frontmatterEnd).toBe(2);
	});

	it("reads an unclosed or late --- as no front matter", () => {
		expect(scanNote(lines("---", "a: 1")).frontmatterEnd).toBe(-1);
		expect(scanNote(lines("", "---", "a: 1", "---")).frontmatterEnd).toBe(-1);
	});

	it("marks fenced code with backticks and tildes, fences included", () => {
		expect(kinds(lines("```js", "x", "```", "~~~", "y", "~~~", "z"))).toEqual([
			"code",
			"code",
			"code",
			"code",
			"code",
			"code",
			"text",
		]);
	});

	it("closes a fence only with the same character, at least as long", () => {
		expect(kinds(lines("````", "```", "~~~~", "````", "z"))).toEqual(["code", "code", "code", "code", "text"]);
	});

	it("does not open a fence on inline code with backticks", () => {
		expect(kinds(lines("```inline``` text", "z"))).toEqual(["text", "text"]);
	});

	it("marks fences inside callouts and ends them with the callout", () => {
		expect(kinds(lines("> [!example]", "> ```", "> # not a heading", "> ```", "> after"))).toEqual([
			"text",
			"code",
			"code",
			"code",
			"text",
		]);
		expect(kinds(lines("> ```", "> code", "", "after"))).toEqual(["code", "code", "text", "text"]);
	});

	it("does not close a fence on a quoted fence line inside it", () => {
		expect(kinds(lines("````md", "> ```", "> ```", "````", "z"))).toEqual(["code", "code", "code", "code", "text"]);
		expect(kinds(lines("```md", "> ```", "```", "z"))).toEqual(["code", "code", "code", "text"]);
	});

	it("marks a fence nested deep in a list item", () => {
		expect(kinds(lines("- a", "    - b", "        ```", "        - [ ] x", "        ```", "    - c"))).toEqual([
			"text",
			"text",
			"code",
			"code",
			"code",
			"text",
		]);
	});

	// The scan sorts lines by their first character past spaces and tabs; lines led by
	// rarer whitespace (no-break or ideographic spaces) must still be read in full.
	it("opens comments and fences behind rarer leading whitespace, as trimming does", () => {
		expect(kinds(lines("\u00a0%% note", "still comment", "%%", "after"))).toEqual(["comment", "comment", "comment", "text"]);
		expect(kinds(lines("\u3000<!-- c", "x", "-->", "after"))).toEqual(["comment", "comment", "comment", "text"]);
		expect(kinds(lines("- item", "\u00a0```", "- [ ] code", "```", "after"))).toEqual(["text", "code", "code", "code", "text"]);
		expect(kinds(lines("\u00a0```", "- [ ] x", "after"))).toEqual(["text", "text", "text"]);
		expect(kinds(lines("a", "  %% inline %% x", "b"))).toEqual(["text", "text", "text"]);
	});

	it("tells indented code from a nested list", () => {
		expect(kinds(lines("Para", "", "    code", "", "- item", "    nested text", "    - nested item"))).toEqual([
			"text",
			"text",
			"code",
			"text",
			"text",
			"text",
			"text",
		]);
		expect(kinds(lines("Para", "    lazy continuation"))).toEqual(["text", "text"]);
		expect(kinds(lines("# H", "    code after a heading"))).toEqual(["text", "code"]);
		expect(kinds(lines("\tcode"))).toEqual(["code"]);
	});

	it("marks %% comments over several lines, but not an inline one", () => {
		expect(kinds(lines("%%", "# hidden", "%%", "a %% b %%", "%% one line %%"))).toEqual([
			"comment",
			"comment",
			"comment",
			"text",
			"text",
		]);
		expect(kinds(lines("%% starts here", "still", "ends %%", "z"))).toEqual(["comment", "comment", "comment", "text"]);
	});

	it("marks HTML comments over several lines", () => {
		expect(kinds(lines("<!--", "# hidden", "-->", "<!-- inline -->", "z"))).toEqual([
			"comment",
			"comment",
			"comment",
			"text",
			"text",
		]);
	});

	it("keeps code inside a %% comment a comment", () => {
		expect(kinds(lines("%% settings", "```", "{}", "```", "%%", "# H"))).toEqual([
			"comment",
			"comment",
			"comment",
			"comment",
			"comment",
			"text",
		]);
	});
});

describe("scanNote headings", () => {
	it("reads ATX headings with their level and text, closing hashes dropped", () => {
		expect(scanNote(lines("# One", "### Three ###", "   ## Indented", "#NoSpace", "####### Seven")).headings).toEqual([
			{ line: 0, level: 1, text: "One" },
			{ line: 1, level: 3, text: "Three" },
			{ line: 2, level: 2, text: "Indented" },
		]);
	});

	it("ignores headings in front matter, code, comments and blockquotes", () => {
		const text = lines("---", "# fm", "---", "```", "# code", "```", "%%", "# comment", "%%", "> # quoted", "    # indented", "# Real");
		expect(scanNote(text).headings).toEqual([{ line: 11, level: 1, text: "Real" }]);
	});
});

describe("scanNote line endings", () => {
	it("detects CRLF and drops the carriage returns from lines", () => {
		const scan = scanNote("# A\r\nb\r\n");
		expect(scan.eol).toBe("\r\n");
		expect(scan.lines).toEqual(["# A", "b", ""]);
		expect(scanNote("a\nb").eol).toBe("\n");
	});

	it("splitLines keeps the empty line after a final newline", () => {
		expect(splitLines("a\r\nb\n")).toEqual(["a", "b", ""]);
	});
});

describe("stripQuote", () => {
	it("separates blockquote markers from the rest", () => {
		expect(stripQuote("> > - [ ] x")).toEqual({ prefix: "> > ", rest: "- [ ] x" });
		expect(stripQuote(" >>> text")).toEqual({ prefix: " >>> ", rest: "text" });
		expect(stripQuote("no quote")).toEqual({ prefix: "", rest: "no quote" });
	});
});

describe("findSection", () => {
	const text = lines("# Rust", "## Practice log", "- a", "### Older", "- b", "## Notes", "x");

	it("spans from the heading to the next heading of the same or a higher level", () => {
		const s = findSection(scanNote(text), "Practice log");
		expect(s).toMatchObject({ heading: { line: 1, level: 2 }, start: 2, end: 5 });
	});

	it("runs to the end of the note for the last section", () => {
		expect(findSection(scanNote(text), "Notes")).toMatchObject({ start: 6, end: 7 });
		expect(findSection(scanNote(text), "Rust")).toMatchObject({ start: 1, end: 7 });
	});

	it("matches case-insensitively with spaces collapsed, at any level", () => {
		expect(findSection(scanNote(text), "  practice   LOG ")?.heading.line).toBe(1);
		expect(findSection(scanNote(text), "older")?.heading.level).toBe(3);
	});

	it("takes the first of two equal headings, and null when there is none", () => {
		expect(findSection(scanNote(lines("## Log", "## Log")), "Log")?.heading.line).toBe(0);
		expect(findSection(scanNote(text), "Missing")).toBeNull();
	});

	it("does not find a heading that only appears in code", () => {
		expect(findSection(scanNote(lines("```", "## Practice log", "```")), "Practice log")).toBeNull();
	});
});
