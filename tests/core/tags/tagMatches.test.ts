import { describe, expect, it } from "vitest";
import { hasTag, tagMatches } from "../../../src/core/tags";

describe("tagMatches", () => {
	it("matches the same tag whatever the case or #", () => {
		expect(tagMatches("challenge", "Challenge")).toBe(true);
		expect(tagMatches("#CHALLENGE", "challenge")).toBe(true);
		expect(tagMatches("方法论", "#方法论")).toBe(true);
	});

	it("lets a nested tag answer a query for its parent", () => {
		expect(tagMatches("challenge/rust", "challenge")).toBe(true);
		expect(tagMatches("challenge/rust/async", "challenge/rust")).toBe(true);
		expect(tagMatches("challenge/rust", "challenge/rust")).toBe(true);
	});

	it("does not match on a mere prefix or a child query", () => {
		expect(tagMatches("challenges", "challenge")).toBe(false);
		expect(tagMatches("ab", "a")).toBe(false);
		expect(tagMatches("challenge", "challenge/rust")).toBe(false);
		expect(tagMatches("rust/challenge", "challenge")).toBe(false);
	});

	it("never matches an invalid query", () => {
		expect(tagMatches("123", "123")).toBe(false);
		expect(tagMatches("x", "")).toBe(false);
	});
});

describe("hasTag", () => {
	it("is true when any tag matches", () => {
		expect(hasTag(["rust", "challenge/2026"], "challenge")).toBe(true);
		expect(hasTag(["rust"], "challenge")).toBe(false);
		expect(hasTag([], "challenge")).toBe(false);
	});
});
