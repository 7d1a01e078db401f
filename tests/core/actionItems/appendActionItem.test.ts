import { describe, expect, it } from "vitest";
import { appendActionItem } from "../../../src/core/actionItems";

describe("appendActionItem", () => {
	it("adds after the last task of the section, before the next section", () => {
		const text = "# Rust\n## Action items\n- [ ] a\n- [x] b\n\n## Practice log\n- 2026-11-27 · 30 min\n";
		expect(appendActionItem(text, "Action items", "c")).toBe(
			"# Rust\n## Action items\n- [ ] a\n- [x] b\n- [ ] c\n\n## Practice log\n- 2026-11-27 · 30 min\n",
		);
	});

	it("finds the heading at any level and in any case", () => {
		expect(appendActionItem("### ACTION ITEMS\n- [ ] a\n", "action items", "b")).toBe("### ACTION ITEMS\n- [ ] a\n- [ ] b\n");
	});

	it("goes after the last task's children and continuation lines", () => {
		const text = "## Action items\n- [ ] a\n  - [ ] a1\n\n    more about a1\n\nNotes paragraph.\n";
		expect(appendActionItem(text, "Action items", "b")).toBe(
			"## Action items\n- [ ] a\n  - [ ] a1\n\n    more about a1\n- [ ] b\n\nNotes paragraph.\n",
		);
	});

	it("joins the list it follows: same quote prefix, bullet, or next number", () => {
		expect(appendActionItem("## Action items\n> [!todo]\n> * [ ] a\n", "Action items", "b")).toBe(
			"## Action items\n> [!todo]\n> * [ ] a\n> * [ ] b\n",
		);
		expect(appendActionItem("## Action items\n1. [ ] a\n2) [ ] b\n", "Action items", "c")).toBe(
			"## Action items\n1. [ ] a\n2) [ ] b\n3) [ ] c\n",
		);
	});

	it("ignores tasks of a subsection, adding after the section's own text", () => {
		const text = "## Action items\nIntro.\n\n### Done long ago\n- [x] old\n";
		expect(appendActionItem(text, "Action items", "new")).toBe(
			"## Action items\nIntro.\n- [ ] new\n\n### Done long ago\n- [x] old\n",
		);
	});

	it("adds right under an empty section's heading", () => {
		expect(appendActionItem("## Action items\n\n## Next\n", "Action items", "a")).toBe(
			"## Action items\n- [ ] a\n\n## Next\n",
		);
	});

	it("ignores a heading look-alike in code", () => {
		const text = "```\n## Action items\n```\n";
		expect(appendActionItem(text, "Action items", "a")).toBe("```\n## Action items\n```\n\n## Action items\n- [ ] a\n");
	});

	it("creates the section at the end with a blank line before it", () => {
		expect(appendActionItem("# Rust\nSome text\n", "Action items", "a")).toBe(
			"# Rust\nSome text\n\n## Action items\n- [ ] a\n",
		);
		expect(appendActionItem("# Rust\n\n", "Action items", "a")).toBe("# Rust\n\n## Action items\n- [ ] a\n");
		expect(appendActionItem("", "Action items", "a")).toBe("## Action items\n- [ ] a\n");
	});

	it("keeps the absence of a final newline", () => {
		expect(appendActionItem("# Rust", "Action items", "a")).toBe("# Rust\n\n## Action items\n- [ ] a");
		expect(appendActionItem("## Action items\n- [ ] a", "Action items", "b")).toBe("## Action items\n- [ ] a\n- [ ] b");
	});

	it("keeps CRLF line endings", () => {
		expect(appendActionItem("## Action items\r\n- [ ] a\r\n", "Action items", "b")).toBe(
			"## Action items\r\n- [ ] a\r\n- [ ] b\r\n",
		);
		expect(appendActionItem("# T\r\nx", "Action items", "b")).toBe("# T\r\nx\r\n\r\n## Action items\r\n- [ ] b");
	});

	it("trims the item and keeps CJK text", () => {
		expect(appendActionItem("## 行动项\n", "行动项", "  读完第三章 ")).toBe("## 行动项\n- [ ] 读完第三章\n");
	});

	it("refuses an item spanning lines or without text", () => {
		expect(() => appendActionItem("", "Action items", "a\nb")).toThrow(/single line/);
		expect(() => appendActionItem("", "Action items", "a\rb")).toThrow(/single line/);
		expect(() => appendActionItem("", "Action items", "   ")).toThrow(/needs some text/);
	});
});
