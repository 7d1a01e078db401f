import { describe, expect, it } from "vitest";
import { cameUp, type LinkedNote } from "../../../src/core/parking/relevance";

const note = (path: string, tags: string[] = [], links: string[] = []): LinkedNote => ({ path, tags, links });
const CHALLENGE = "Challenges/Learn Rust.md";
const PARKED = "Just in case/Async idea.md";

describe("cameUp by tag", () => {
	it("reports a shared tag", () => {
		const r = cameUp(note(PARKED, ["rust", "ideas"]), note(CHALLENGE, ["challenge", "rust"]), "challenge");
		expect(r).toEqual({ kind: "tag", tag: "rust" });
	});

	it("ignores the challenge tag alone", () => {
		expect(cameUp(note(PARKED, ["challenge"]), note(CHALLENGE, ["challenge"]), "challenge")).toBeNull();
	});

	it("ignores nested challenge tags on either side", () => {
		expect(cameUp(note(PARKED, ["challenge/2026"]), note(CHALLENGE, ["challenge/2026"]), "challenge")).toBeNull();
		expect(cameUp(note(PARKED, ["challenge"]), note(CHALLENGE, ["challenge/rust"]), "challenge")).toBeNull();
	});

	it("does not exclude a tag that merely starts like the challenge tag", () => {
		const r = cameUp(note(PARKED, ["challenges"]), note(CHALLENGE, ["challenge", "challenges"]), "challenge");
		expect(r).toEqual({ kind: "tag", tag: "challenges" });
	});

	it("compares case-insensitively, with or without #", () => {
		const r = cameUp(note(PARKED, ["#Rust"]), note(CHALLENGE, ["RUST"]), "#Challenge");
		expect(r).toEqual({ kind: "tag", tag: "rust" });
		expect(cameUp(note(PARKED, ["Challenge"]), note(CHALLENGE, ["challenge"]), "CHALLENGE")).toBeNull();
	});

	it("shares the broader tag when one is nested below the other", () => {
		expect(cameUp(note(PARKED, ["rust/async"]), note(CHALLENGE, ["rust"]), "challenge")).toEqual({ kind: "tag", tag: "rust" });
		expect(cameUp(note(PARKED, ["rust"]), note(CHALLENGE, ["rust/async"]), "challenge")).toEqual({ kind: "tag", tag: "rust" });
	});

	it("does not share sibling or prefix-only tags", () => {
		expect(cameUp(note(PARKED, ["rust/async"]), note(CHALLENGE, ["rust/traits"]), "challenge")).toBeNull();
		expect(cameUp(note(PARKED, ["rustacean"]), note(CHALLENGE, ["rust"]), "challenge")).toBeNull();
	});

	it("prefers an exact match over a nested one", () => {
		const r = cameUp(note(PARKED, ["rust/async", "wasm"]), note(CHALLENGE, ["rust", "wasm"]), "challenge");
		expect(r).toEqual({ kind: "tag", tag: "wasm" });
	});

	it("works with CJK tags", () => {
		const r = cameUp(note(PARKED, ["方法论/费曼"]), note(CHALLENGE, ["方法论"]), "challenge");
		expect(r).toEqual({ kind: "tag", tag: "方法论" });
	});

	it("honours a nested challenge tag setting", () => {
		const r = cameUp(note(PARKED, ["learning"]), note(CHALLENGE, ["learning/challenge"]), "learning/challenge");
		expect(r).toBeNull();
	});
});

describe("cameUp by link", () => {
	it("reports a link from the parked note to the challenge", () => {
		expect(cameUp(note(PARKED, [], [CHALLENGE]), note(CHALLENGE), "challenge")).toEqual({ kind: "links-to" });
	});

	it("reports a link from the challenge to the parked note", () => {
		expect(cameUp(note(PARKED), note(CHALLENGE, [], [PARKED]), "challenge")).toEqual({ kind: "linked-from" });
	});

	it("ranks a shared tag before links, and links-to before linked-from", () => {
		expect(cameUp(note(PARKED, ["rust"], [CHALLENGE]), note(CHALLENGE, ["rust"], [PARKED]), "challenge")).toEqual({
			kind: "tag",
			tag: "rust",
		});
		expect(cameUp(note(PARKED, [], [CHALLENGE]), note(CHALLENGE, [], [PARKED]), "challenge")).toEqual({ kind: "links-to" });
	});

	it("ignores links to other notes", () => {
		expect(cameUp(note(PARKED, [], ["Other.md"]), note(CHALLENGE, [], ["Else.md"]), "challenge")).toBeNull();
	});

	it("does not report a note against itself", () => {
		expect(cameUp(note(CHALLENGE, ["rust"], [CHALLENGE]), note(CHALLENGE, ["rust"], [CHALLENGE]), "challenge")).toBeNull();
	});

	it("does not read the links of a note that says it cannot link to the challenge", () => {
		const unread: LinkedNote = {
			path: PARKED,
			tags: [],
			get links(): string[] {
				throw new Error("links read");
			},
			mayLinkTo: (path) => path !== CHALLENGE,
		};
		expect(cameUp(unread, note(CHALLENGE), "challenge")).toBeNull();
	});

	it("reads the links when the note may link to the challenge", () => {
		const maybe: LinkedNote = { ...note(PARKED, [], [CHALLENGE]), mayLinkTo: () => true };
		expect(cameUp(maybe, note(CHALLENGE), "challenge")).toEqual({ kind: "links-to" });
	});
});
