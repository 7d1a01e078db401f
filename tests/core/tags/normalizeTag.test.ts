import { describe, expect, it, vi } from "vitest";
import { normalizeTag } from "../../../src/core/tags";

describe("normalizeTag", () => {
	it("lower-cases, drops the leading # and trims", () => {
		expect(normalizeTag("  #Challenge ")).toBe("challenge");
		expect(normalizeTag("Challenge")).toBe("challenge");
	});

	it("keeps nested tags whole", () => {
		expect(normalizeTag("#Challenge/Rust")).toBe("challenge/rust");
	});

	it("lower-cases the same way whatever the user's locale", () => {
		// Simulate a Turkish locale, where a locale-aware lower case turns "I" into "ı".
		const spy = vi
			.spyOn(String.prototype, "toLocaleLowerCase")
			.mockImplementation(function (this: string) {
				return this.replace(/I/g, "ı").toLowerCase();
			});
		try {
			expect(normalizeTag("#TITLE")).toBe("title");
			expect(normalizeTag("#ÄÖÜ")).toBe("äöü");
		} finally {
			spy.mockRestore();
		}
	});

	it("keeps CJK and other scripts, marks included", () => {
		expect(normalizeTag("#方法论")).toBe("方法论");
		expect(normalizeTag("#हिंदी")).toBe("हिंदी");
		expect(normalizeTag("#2024年")).toBe("2024年");
	});

	it("refuses digits-only tags but accepts digits with anything else", () => {
		expect(normalizeTag("#123")).toBeNull();
		expect(normalizeTag("2024")).toBeNull();
		expect(normalizeTag("y2024")).toBe("y2024");
		expect(normalizeTag("#2024-review")).toBe("2024-review");
	});

	it("refuses empty input", () => {
		expect(normalizeTag("")).toBeNull();
		expect(normalizeTag("#")).toBeNull();
		expect(normalizeTag("   ")).toBeNull();
	});

	it("refuses characters that end a tag in Obsidian", () => {
		for (const bad of ["a b", "a,b", "a.b", "a#b", "a:b", "a!b", "a[b", "a(b", "a\u2014b", "a\u200bb", "a\\b"]) {
			expect(normalizeTag(bad), bad).toBeNull();
		}
	});

	it("accepts `_`, `-` and `/`", () => {
		expect(normalizeTag("#a_b-c/d")).toBe("a_b-c/d");
	});
});
