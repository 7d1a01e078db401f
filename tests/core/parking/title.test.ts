import { describe, expect, it } from "vitest";
import { cutAtWord, titleFromIdea } from "../../../src/core/parking/title";

describe("titleFromIdea: Markdown removed", () => {
	it.each([
		["- buy a book on Rust", "buy a book on Rust"],
		["* star bullet", "star bullet"],
		["12. numbered item", "numbered item"],
		["- [ ] try the borrow checker", "try the borrow checker"],
		["- [x] done task", "done task"],
		["## Heading idea", "Heading idea"],
		["# Closed heading ##", "Closed heading"],
		["> quoted idea", "quoted idea"],
		["> > - [ ] nested quote task", "nested quote task"],
		["> [!tip] Callout title", "Callout title"],
		["**bold** and *italic* and _under_ and ~~gone~~ and ==marked==", "bold and italic and under and gone and marked"],
		["***both***", "both"],
		["keep snake_case_names", "keep snake_case_names"],
		["see [[Target note|the alias]]", "see the alias"],
		["see [[Target note]]", "see Target note"],
		["read [the docs](https://example.com/a?b=c)", "read the docs"],
		["use `cargo build` here", "use cargo build here"],
		["text with a footnote[^1]", "text with a footnote"],
		["idea with block id ^abc-123", "idea with block id"],
		["<b>html</b> bits", "html bits"],
		["![[diagram.png]] embedded", "diagram.png embedded"],
		["[[Note#Heading]]", "Note Heading"],
		["%%hidden%% visible", "visible"],
	])("%j → %j", (input, expected) => {
		expect(titleFromIdea(input)).toBe(expected);
	});

	it("does not read spaced asterisks as emphasis", () => {
		expect(titleFromIdea("a * b * c")).toBe("a b c");
	});
});

describe("titleFromIdea: which line", () => {
	it("uses the first line with words, skipping blank lines, fences, rules and empty tasks", () => {
		expect(titleFromIdea("\n\n   \n---\n```ts\n- [ ] \nreal idea\nsecond line")).toBe("real idea");
	});

	it("reads CRLF text", () => {
		expect(titleFromIdea("\r\nfirst\r\nsecond")).toBe("first");
	});

	it("falls back to the next line when one has only illegal characters", () => {
		expect(titleFromIdea("::: ???\nwords")).toBe("words");
	});

	it("returns empty when nothing usable remains", () => {
		expect(titleFromIdea("")).toBe("");
		expect(titleFromIdea("\n  \n- [ ]\n---\n> ")).toBe("");
	});
});

describe("titleFromIdea: file name rules", () => {
	it("removes characters illegal in file names or links", () => {
		expect(titleFromIdea("Rust: why? x < y > z #rust a|b \\ c/d")).toBe("Rust why x y z rust a b c d");
	});

	it("protects Windows reserved names", () => {
		expect(titleFromIdea("- con")).toBe("con_");
	});

	it("cuts at a word boundary within 60 characters", () => {
		const words = "The quick brown fox jumps over the lazy dog and keeps running far away";
		const out = titleFromIdea(words);
		expect(out).toBe("The quick brown fox jumps over the lazy dog and keeps");
		expect(out.length).toBeLessThanOrEqual(60);
	});

	it("keeps a word that ends exactly at 60", () => {
		const text = `${"a".repeat(55)} bcde fgh`;
		expect(titleFromIdea(text)).toBe(`${"a".repeat(55)} bcde`);
	});

	it("cuts a long CJK line hard but between whole characters", () => {
		const cjk = "学习方法论".repeat(14);
		const out = titleFromIdea(cjk);
		expect(Array.from(out)).toHaveLength(60);
		expect(cjk.startsWith(out)).toBe(true);
	});

	it("cuts hard when the only space is early, rather than keep one word", () => {
		const text = `a ${"b".repeat(80)}`;
		expect(titleFromIdea(text)).toBe(`a ${"b".repeat(58)}`);
	});

	it("never splits an emoji straddling position 60", () => {
		const out = titleFromIdea("x".repeat(59) + "🚀🚀");
		expect(out).toBe("x".repeat(59) + "🚀");
	});

	it("does not leave a reserved name after a word cut", () => {
		expect(titleFromIdea(`CON ${"x".repeat(70)}`)).toBe(`CON ${"x".repeat(56)}`);
		expect(titleFromIdea(`aux ${"y".repeat(30)} ${"z".repeat(40)}`)).toBe(`aux ${"y".repeat(30)}`);
	});
});

describe("cutAtWord", () => {
	it("returns short text unchanged", () => {
		expect(cutAtWord("short", 60)).toBe("short");
	});
});
