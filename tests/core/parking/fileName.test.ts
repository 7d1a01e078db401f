import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	existsIgnoringCase,
	MAX_NAME_LENGTH,
	pathKey,
	sanitizeFileName,
	uniqueNotePath,
} from "../../../src/core/parking/fileName";
import { graphemes } from "../../../src/core/parking/graphemes";

describe("sanitizeFileName: characters", () => {
	it.each(["/", "\\", ":", "*", "?", '"', "<", ">", "|"])("removes OS-illegal %j", (c) => {
		expect(sanitizeFileName(`a${c}b`)).toBe("a b");
		expect(sanitizeFileName(`note${c}`)).toBe("note");
	});

	it.each(["#", "^", "[", "]"])("removes %j, which breaks Obsidian links", (c) => {
		expect(sanitizeFileName(`a${c}b`)).toBe("a b");
	});

	it("removes control characters, tabs and newlines", () => {
		expect(sanitizeFileName("a\u0000b\u0007c\u007fd\u0085e\tf\r\ng")).toBe("a b c d e f g");
	});

	it("collapses whitespace and trims", () => {
		expect(sanitizeFileName("  many   spaces\u00a0here  ")).toBe("many spaces here");
	});

	it("strips leading dots so the note is not hidden", () => {
		expect(sanitizeFileName(".hidden")).toBe("hidden");
		expect(sanitizeFileName(" ... .env notes")).toBe("env notes");
	});

	it("strips trailing dots and spaces, which Windows drops", () => {
		expect(sanitizeFileName("ends with dots...")).toBe("ends with dots");
		expect(sanitizeFileName("ends. . .  ")).toBe("ends");
		expect(sanitizeFileName("v1.2 notes")).toBe("v1.2 notes");
	});

	it("keeps CJK, accents and emoji", () => {
		expect(sanitizeFileName("方法论 学习 🚀 café")).toBe("方法论 学习 🚀 café");
	});

	it("normalises to NFC so the same name compares equal", () => {
		expect(sanitizeFileName("cafe\u0301")).toBe("caf\u00e9");
	});

	it("returns empty when nothing usable is left", () => {
		expect(sanitizeFileName("")).toBe("");
		expect(sanitizeFileName(" /:*?<>| ... ")).toBe("");
	});
});

describe("sanitizeFileName: Windows reserved names", () => {
	it.each([
		["CON", "CON_"],
		["con", "con_"],
		["con.txt", "con_.txt"],
		["Aux.tar.gz", "Aux_.tar.gz"],
		["COM1", "COM1_"],
		["lpt9", "lpt9_"],
		["NUL ", "NUL_"],
		["PRN .md", "PRN_ .md"],
		["COM\u00b9", "COM\u00b9_"],
	])("%j becomes %j", (input, expected) => {
		expect(sanitizeFileName(input)).toBe(expected);
	});

	it.each(["CONsole", "COM0", "COM10", "LPT", "auxiliary.txt", "my con"])("leaves %j alone", (name) => {
		expect(sanitizeFileName(name)).toBe(name);
	});
});

describe("sanitizeFileName: length", () => {
	it("cuts to 60 characters", () => {
		expect(sanitizeFileName("a".repeat(70))).toBe("a".repeat(60));
	});

	it("cuts a 70-character CJK string to 60 whole characters", () => {
		const cjk = "学".repeat(35) + "习".repeat(35);
		const out = sanitizeFileName(cjk);
		expect(out).toBe("学".repeat(35) + "习".repeat(25));
		expect(Array.from(out)).toHaveLength(60);
	});

	it("drops an emoji straddling position 60 instead of splitting it", () => {
		const out = sanitizeFileName("a".repeat(59) + "😀😀");
		expect(out).toBe("a".repeat(59) + "😀");
		const cut = sanitizeFileName("a".repeat(59) + "👨‍👩‍👧" + "b");
		expect(cut).toBe("a".repeat(59) + "👨‍👩‍👧");
	});

	it("never leaves a lone surrogate when the UTF-16 index 60 falls inside an emoji", () => {
		const out = sanitizeFileName("a".repeat(59) + "😀" + "tail".repeat(5));
		expect(out.endsWith("😀")).toBe(true);
		expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(out)).toBe(false);
	});

	it("keeps names of four-byte characters under the file system byte limit", () => {
		const out = sanitizeFileName("😀".repeat(70));
		expect(new TextEncoder().encode(`${out} 999.md`).length).toBeLessThanOrEqual(255);
	});

	it("strips a trailing space or dot exposed by the cut", () => {
		expect(sanitizeFileName("a".repeat(59) + " tail")).toBe("a".repeat(59));
		expect(sanitizeFileName("a".repeat(59) + ".tail")).toBe("a".repeat(59));
	});
});

describe("sanitizeFileName: properties", () => {
	it("always yields a legal, short name and is idempotent", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (s) => {
				const out = sanitizeFileName(s);
				expect(out).not.toMatch(/[/\\:*?"<>|#^[\]\p{Cc}]/u);
				expect(out).not.toMatch(/^[\s.]|[\s.]$/);
				expect(graphemes(out).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
				expect(sanitizeFileName(out)).toBe(out);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("uniqueNotePath", () => {
	it("uses the plain name when free", () => {
		expect(uniqueNotePath("Just in case", "Idea", () => false)).toBe("Just in case/Idea.md");
	});

	it("adds 2, then 3 on collisions", () => {
		const taken = new Set(["Just in case/Idea.md", "Just in case/Idea 2.md"]);
		expect(uniqueNotePath("Just in case", "Idea", (p) => taken.has(p))).toBe("Just in case/Idea 3.md");
		taken.delete("Just in case/Idea 2.md");
		expect(uniqueNotePath("Just in case", "Idea", (p) => taken.has(p))).toBe("Just in case/Idea 2.md");
	});

	it("puts notes at the vault root without a leading slash", () => {
		expect(uniqueNotePath("", "Idea", () => false)).toBe("Idea.md");
		expect(uniqueNotePath("", "Idea", (p) => p === "Idea.md")).toBe("Idea 2.md");
	});

	it("ignores a trailing slash on the folder", () => {
		expect(uniqueNotePath("Parked/", "Idea", () => false)).toBe("Parked/Idea.md");
	});

	it("collides ignoring case and Unicode form with existsIgnoringCase", () => {
		const keys = new Set(["Parked/Café.md", "Parked/IDEA.md"].map(pathKey));
		const exists = existsIgnoringCase(keys);
		expect(uniqueNotePath("Parked", "idea", exists)).toBe("Parked/idea 2.md");
		expect(uniqueNotePath("Parked", "cafe\u0301".normalize("NFD"), exists)).toBe("Parked/cafe\u0301 2.md");
		expect(uniqueNotePath("Parked", "Other", exists)).toBe("Parked/Other.md");
	});

	it("fails loudly instead of looping forever when every name is taken", () => {
		expect(() => uniqueNotePath("x", "y", () => true)).toThrow();
	});
});
