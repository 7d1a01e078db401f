import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frontmatterTags, isTagKey, normalizeTag, someFrontmatterTagValue, tagsInValue } from "../../../src/core/tags";

describe("isTagKey", () => {
	it("accepts tags and tag in any letter case", () => {
		for (const key of ["tags", "tag", "Tags", "TAG", "tAgS"]) expect(isTagKey(key), key).toBe(true);
	});

	it("refuses every other key, including look-alikes one bit away in ASCII", () => {
		for (const key of ["", "t", "ta", "tagss", "tagz", "taG_", "tab", "hashtags", "my_tags", "tag ", " tag", "Tag\u0000", "\u0074ag\u017F", "TAGS2"]) {
			expect(isTagKey(key), JSON.stringify(key)).toBe(false);
		}
	});

	it("agrees with /^tags?$/i on any string", () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom("tag", "TAGS", "Tag", "tags")), (key) => {
				expect(isTagKey(key)).toBe(/^tags?$/i.test(key));
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("tagsInValue", () => {
	it("splits on commas and whitespace, normalises, drops non-tags and duplicates", () => {
		expect(tagsInValue("#Rust, 2024  rust,,方法论")).toEqual(["rust", "方法论"]);
		expect(tagsInValue("challenge")).toEqual(["challenge"]);
		expect(tagsInValue("")).toEqual([]);
	});

	it("returns the same answer when asked again (remembered)", () => {
		expect(tagsInValue("a, b")).toBe(tagsInValue("a, b"));
	});
});

describe("someFrontmatterTagValue", () => {
	const seen = (fm: Record<string, unknown> | null) => {
		const out: string[] = [];
		someFrontmatterTagValue(fm, (raw) => (out.push(raw), false), null);
		return out;
	};

	it("hands over tag strings whole and list entries one by one, from tag properties only", () => {
		expect(seen({ tags: ["a", "b c"], Tag: "x, y", other: "no", tagline: "no" })).toEqual(["a", "b c", "x, y"]);
		expect(seen(null)).toEqual([]);
	});

	it("skips values that are not strings", () => {
		expect(seen({ tags: [1, null, { a: "b" }, "ok"], tag: 42 })).toEqual(["ok"]);
	});

	it("ignores inherited keys", () => {
		const fm = Object.create({ tags: "inherited" }) as Record<string, unknown>;
		fm.tag = "own";
		expect(seen(fm)).toEqual(["own"]);
	});

	it("calls the test on the given context", () => {
		const seenBy: unknown[] = [];
		const ctx = { name: "ctx" };
		someFrontmatterTagValue({ tags: "a" }, function (this: typeof ctx) {
			seenBy.push(this);
			return false;
		}, ctx);
		expect(seenBy).toEqual([ctx]);
	});

	it("stops at the first value the test accepts", () => {
		const asked: string[] = [];
		const found = someFrontmatterTagValue({ tags: ["a", "b", "c"], tag: "d" }, (raw) => (asked.push(raw), raw === "b"), null);
		expect(found).toBe(true);
		expect(asked).toEqual(["a", "b"]);
	});

	it("finds exactly the tags frontmatterTags reads", () => {
		const value = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("#Rust, 方法论", " challenge ", "a b"), fc.integer(), fc.constant(null));
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom("tags", "tag", "Tags", "TAG", "other", "tagline"), fc.oneof(value, fc.array(value, { maxLength: 4 }))),
				(fm) => {
					const fromRaw: string[] = [];
					someFrontmatterTagValue(fm, (raw) => {
						for (const t of tagsInValue(raw)) if (!fromRaw.includes(t)) fromRaw.push(t);
						return false;
					}, null);
					expect(fromRaw).toEqual(frontmatterTags(fm));
					for (const t of fromRaw) expect(normalizeTag(t)).toBe(t);
				},
			),
			{ numRuns: 500 },
		);
	});
});
