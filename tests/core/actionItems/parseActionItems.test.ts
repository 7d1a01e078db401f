import { describe, expect, it } from "vitest";
import { actionItemsInScan, parseActionItems } from "../../../src/core/actionItems";
import { scanNote } from "../../../src/core/markdown/scan";

const lines = (...l: string[]) => l.join("\n");
const summary = (text: string) => parseActionItems(text).map((a) => `${a.line}:${a.depth}:[${a.statusChar}]${a.text}`);

describe("parseActionItems", () => {
	it("reads every list marker", () => {
		const text = lines("- [ ] a", "* [ ] b", "+ [ ] c", "1. [ ] d", "12) [ ] e");
		expect(parseActionItems(text).map((a) => a.marker)).toEqual(["-", "*", "+", "1.", "12)"]);
	});

	it("fills every field of an item", () => {
		expect(parseActionItems("text\n  - [x] Read the book ✅ 2026-11-27")).toEqual([
			{
				line: 1,
				raw: "  - [x] Read the book ✅ 2026-11-27",
				prefix: "  ",
				depth: 0,
				marker: "-",
				statusChar: "x",
				status: "done",
				text: "Read the book ✅ 2026-11-27",
				textWithoutDoneDate: "Read the book",
				inQuote: false,
			},
		]);
	});

	it("maps status chars: space open, x/X done, - cancelled, others open with the char kept", () => {
		const items = parseActionItems(lines("- [ ] a", "- [x] b", "- [X] c", "- [-] d", "- [/] e", "- [>] f"));
		expect(items.map((a) => [a.statusChar, a.status])).toEqual([
			[" ", "open"],
			["x", "done"],
			["X", "done"],
			["-", "cancelled"],
			["/", "open"],
			[">", "open"],
		]);
	});

	it("does not read look-alikes that are not tasks", () => {
		const text = lines("- [] a", "-[ ] b", "- [ ]c", "- [  ] d", "[ ] e", "- plain item", "* * *", "\\- [ ] f");
		expect(parseActionItems(text)).toEqual([]);
	});

	it("reads an empty task", () => {
		expect(summary("- [ ]")).toEqual(["0:0:[ ]"]);
	});

	it("nests by the parent's content column, with two spaces, four spaces or tabs", () => {
		expect(summary(lines("- [ ] a", "  - [ ] b", "    - [ ] c", "  - [ ] d", "- [ ] e"))).toEqual([
			"0:0:[ ]a",
			"1:1:[ ]b",
			"2:2:[ ]c",
			"3:1:[ ]d",
			"4:0:[ ]e",
		]);
		expect(summary(lines("- [ ] a", "    - [ ] b", "        - [ ] c"))).toEqual(["0:0:[ ]a", "1:1:[ ]b", "2:2:[ ]c"]);
		expect(summary(lines("- [ ] a", "\t- [ ] b", "\t\t- [ ] c", "\t- [ ] d"))).toEqual([
			"0:0:[ ]a",
			"1:1:[ ]b",
			"2:2:[ ]c",
			"3:1:[ ]d",
		]);
	});

	it("counts plain list items as parents, and ordered markers by their width", () => {
		expect(summary(lines("- Phase 1", "  - [ ] a", "10. [ ] b", "    - [ ] c", "   - [ ] d"))).toEqual([
			"1:1:[ ]a",
			"2:0:[ ]b",
			"3:1:[ ]c",
			// `10. ` puts the content at column 4: three spaces are not enough to nest.
			"4:0:[ ]d",
		]);
	});

	it("keeps nesting across blank lines and lazy lines, and ends it at a paragraph or heading", () => {
		const text = lines("- [ ] a", "", "  - [ ] b", "lazy text", "  - [ ] c", "", "Paragraph", "  - [ ] d", "# H", "  - [ ] e");
		expect(summary(text)).toEqual(["0:0:[ ]a", "2:1:[ ]b", "4:1:[ ]c", "7:0:[ ]d", "9:0:[ ]e"]);
	});

	it("reads an over-indented line as text, not a task", () => {
		expect(summary(lines("Paragraph", "    - [ ] not a task"))).toEqual([]);
		expect(summary(lines("- [ ] a", "      - [ ] continuation"))).toEqual(["0:0:[ ]a"]);
	});

	it("reads tasks in blockquotes and callouts, nested ones included", () => {
		const text = lines("> [!todo] Plan", "> - [ ] a", ">     - [ ] b", "", "> > - [x] c", " >>> - [ ] d");
		const items = parseActionItems(text);
		expect(items.map((a) => [a.line, a.depth, a.prefix, a.inQuote])).toEqual([
			[1, 0, "> ", true],
			[2, 1, ">     ", true],
			[4, 0, "> > ", true],
			[5, 0, " >>> ", true],
		]);
	});

	it("skips front matter, fenced and indented code, and comments", () => {
		const text = lines(
			"---",
			"todo: - [ ] fm",
			"---",
			"```",
			"- [ ] fenced",
			"```",
			"~~~md",
			"- [ ] tilde",
			"~~~",
			"",
			"    - [ ] indented code",
			"",
			"%%",
			"- [ ] percent",
			"%%",
			"<!--",
			"- [ ] html",
			"-->",
			"> ```",
			"> - [ ] quoted fence",
			"> ```",
			"- [ ] real",
		);
		expect(summary(text)).toEqual(["21:0:[ ]real"]);
	});

	it("skips a fence nested in a list item but keeps the items around it", () => {
		const text = lines("- [ ] a", "    - [ ] b", "        ```", "        - [ ] code", "        ```", "    - [ ] c");
		expect(summary(text)).toEqual(["0:0:[ ]a", "1:1:[ ]b", "5:1:[ ]c"]);
	});

	it("strips only a trailing done date from textWithoutDoneDate", () => {
		const texts = parseActionItems(
			lines("- [x] a ✅ 2026-01-02", "- [x] b ✅ 2026-01-02 ^blk", "- [ ] c ✅ soon", "- [x] ✅ 2026-01-02 d"),
		).map((a) => a.textWithoutDoneDate);
		expect(texts).toEqual(["a", "b ^blk", "c ✅ soon", "✅ 2026-01-02 d"]);
		expect(parseActionItems("- [ ]   spaced out  ")[0].textWithoutDoneDate).toBe("spaced out");
	});

	it("reads CRLF files without a stray carriage return, and CJK text", () => {
		const items = parseActionItems("# 行动\r\n- [ ] 读完第三章\r\n- [x] 练习 ✅ 2026-11-27\r\n");
		expect(items.map((a) => [a.line, a.raw, a.textWithoutDoneDate])).toEqual([
			[1, "- [ ] 读完第三章", "读完第三章"],
			[2, "- [x] 练习 ✅ 2026-11-27", "练习"],
		]);
	});
});

describe("actionItemsInScan", () => {
	it("reads the tasks of a scan made beforehand, as parseActionItems reads the text", () => {
		const text = lines("---", "a: 1", "---", "# H", "- [ ] a", "\t- [x] b ✅ 2026-01-02", "```", "- [ ] c", "```", "> - [-] d");
		const scan = scanNote(text);
		expect(actionItemsInScan(scan)).toEqual(parseActionItems(text));
		expect(actionItemsInScan(scan).map((a) => `${a.line}:${a.depth}:${a.status}`)).toEqual(["4:0:open", "5:1:done", "9:0:cancelled"]);
	});

	it("leaves the scan as it was, so other readers can use it after", () => {
		const scan = scanNote(lines("- [ ] a", "    - [ ] b"));
		const before = JSON.stringify(scan);
		actionItemsInScan(scan);
		expect(JSON.stringify(scan)).toBe(before);
		expect(actionItemsInScan(scan)).toHaveLength(2);
	});
});
