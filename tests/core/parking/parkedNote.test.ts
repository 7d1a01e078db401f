import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { linkTarget, parkedNoteContent } from "../../../src/core/parking/parkedNote";

/** Parses front matter with YAML only (no JS engine) and without gray-matter's cache. */
function parse(text: string): { data: Record<string, unknown>; content: string } {
	const noJs = () => {
		throw new Error("js front matter is not allowed");
	};
	const file = matter(text, { engines: { js: noJs, javascript: noJs } });
	return { data: file.data, content: file.content };
}

function day(value: unknown): string {
	return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

describe("parkedNoteContent: front matter", () => {
	it("writes parked, from and challenge in that order", () => {
		const out = parkedNoteContent({ parked: "2026-11-27", from: "Daily/2026-11-27", challenge: "Learn Rust", body: "idea" });
		expect(out).toBe('---\nparked: 2026-11-27\nfrom: "[[Daily/2026-11-27]]"\nchallenge: "[[Learn Rust]]"\n---\nidea');
		const { data } = parse(out);
		expect(day(data.parked)).toBe("2026-11-27");
		expect(data.from).toBe("[[Daily/2026-11-27]]");
		expect(data.challenge).toBe("[[Learn Rust]]");
	});

	it("omits from and challenge when null", () => {
		const out = parkedNoteContent({ parked: "2026-01-02", from: null, challenge: null, body: "x" });
		expect(out).toBe("---\nparked: 2026-01-02\n---\nx");
		expect(Object.keys(parse(out).data)).toEqual(["parked"]);
	});

	it.each([
		'He said "hi"',
		"back\\slash\\",
		'mix \\" of both',
		"colon: and # hash",
		"- dash start",
		"'single' quotes",
		"{braces} [brackets] & * ! | > % @ `",
		"tab\there",
		"line\nbreak",
		"u2028\u2028sep",
		"null",
		"true",
		"123",
		"学习 方法论 🚀",
	])("keeps the YAML valid and the value exact for %j", (name) => {
		const out = parkedNoteContent({ parked: "2026-11-27", from: name, challenge: name, body: "b" });
		const { data } = parse(out);
		expect(data.from).toBe(`[[${name}]]`);
		expect(data.challenge).toBe(`[[${name}]]`);
	});

	it("quotes a malformed day instead of breaking the YAML", () => {
		const out = parkedNoteContent({ parked: "x: y", from: null, challenge: null, body: "" });
		expect(parse(out).data.parked).toBe("x: y");
	});
});

describe("parkedNoteContent: body byte for byte", () => {
	const cases: [string, string][] = [
		["plain, no trailing newline", "just an idea"],
		["trailing newlines", "idea\n\n"],
		["leading blank lines and spaces", "\n\n   indented idea  "],
		["CRLF", "line one\r\nline two\r\n"],
		["mixed line endings", "a\r\nb\nc\r"],
		["code and links", "```ts\nconst a = `x`;\n```\nSee [[Note|alias]] and [x](http://e.com) #tag"],
		["its own front-matter-looking text", "---\ntitle: not ours\n---\nbody"],
		["empty", ""],
		["unicode", "café \u0301 学习 👨‍👩‍👧 \u2028 end"],
	];

	it.each(cases)("keeps %s", (_label, body) => {
		const out = parkedNoteContent({ parked: "2026-11-27", from: "Src", challenge: null, body });
		expect(out.endsWith(body)).toBe(true);
		const header = out.slice(0, out.length - body.length);
		expect(header).toMatch(/^---(\r?\n)parked: 2026-11-27\1from: "\[\[Src\]\]"\1---\1$/);
		expect(parse(out).data.from).toBe("[[Src]]");
	});

	it("matches the body's CRLF line ending in the front matter", () => {
		const out = parkedNoteContent({ parked: "2026-11-27", from: null, challenge: null, body: "a\r\nb" });
		expect(out).toBe("---\r\nparked: 2026-11-27\r\n---\r\na\r\nb");
	});
});

describe("linkTarget", () => {
	it("drops the .md extension and keeps folders", () => {
		expect(linkTarget("Folder/Sub/Note.md")).toBe("Folder/Sub/Note");
		expect(linkTarget("Note.md")).toBe("Note");
	});

	it("keeps other extensions and inner .md", () => {
		expect(linkTarget("img/pic.png")).toBe("img/pic.png");
		expect(linkTarget("a.md/b.md.txt")).toBe("a.md/b.md.txt");
	});
});
