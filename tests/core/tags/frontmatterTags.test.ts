import { describe, expect, it } from "vitest";
import { frontmatterTags } from "../../../src/core/tags";

describe("frontmatterTags", () => {
	it("reads a YAML list", () => {
		expect(frontmatterTags({ tags: ["challenge", "rust"] })).toEqual(["challenge", "rust"]);
	});

	it("splits a string on commas and whitespace", () => {
		expect(frontmatterTags({ tags: "a, b c,d" })).toEqual(["a", "b", "c", "d"]);
	});

	it("splits list entries that are themselves comma or space strings", () => {
		expect(frontmatterTags({ tags: ["a, b", "c d"] })).toEqual(["a", "b", "c", "d"]);
	});

	it("reads the legacy singular key and any case of either key", () => {
		expect(frontmatterTags({ Tag: "方法论" })).toEqual(["方法论"]);
		expect(frontmatterTags({ TAG: ["value1", "value2"] })).toEqual(["value1", "value2"]);
		expect(frontmatterTags({ Tags: "x" })).toEqual(["x"]);
	});

	it("unions both keys without duplicates, normalised", () => {
		expect(frontmatterTags({ tags: ["#Rust", "challenge"], tag: "rust, #CHALLENGE, extra" })).toEqual([
			"rust",
			"challenge",
			"extra",
		]);
	});

	it("ignores other keys that merely contain the word", () => {
		expect(frontmatterTags({ hashtags: "a", tagline: "b", my_tags: ["c"] })).toEqual([]);
	});

	it("skips entries that are not strings and values that are not tags", () => {
		expect(frontmatterTags({ tags: [null, 42, 2024, { a: 1 }, true, "ok", "123", ""] })).toEqual(["ok"]);
		expect(frontmatterTags({ tags: 42 })).toEqual([]);
		expect(frontmatterTags({ tags: null })).toEqual([]);
	});

	it("returns nothing without front matter", () => {
		expect(frontmatterTags(null)).toEqual([]);
		expect(frontmatterTags(undefined)).toEqual([]);
		expect(frontmatterTags({})).toEqual([]);
	});
});
