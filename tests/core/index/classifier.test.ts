import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NoteClassifier } from "../../../src/core/index/classifier";
import { indexConfigFrom } from "../../../src/core/index/config";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { frontmatterTags, normalizeTag } from "../../../src/core/tags";

const config = (over: Partial<ReturnType<typeof indexConfigFrom>> = {}) => ({ ...indexConfigFrom(DEFAULT_SETTINGS), ...over });

/** The long way: normalise every tag, then classify (what `keeps` must agree with). */
function keepsSlowly(c: NoteClassifier, path: string, fm: Record<string, unknown> | null, inline: { tag: string }[]): boolean {
	const tags = frontmatterTags(fm);
	for (const t of inline) {
		const n = normalizeTag(t.tag);
		if (n && !tags.includes(n)) tags.push(n);
	}
	return c.isParked(path) || c.isChallenge(tags) || c.isLearning(tags);
}

describe("NoteClassifier.keeps (raw tag values, before normalising)", () => {
	const c = new NoteClassifier(config());

	it("keeps challenges, learning notes and parked notes, from any tag spelling", () => {
		expect(c.keeps("a.md", { tags: "#Challenge, rust" }, undefined)).toBe(true);
		expect(c.keeps("a.md", { TAG: ["x", "challenge/work"] }, undefined)).toBe(true);
		expect(c.keeps("a.md", null, [{ tag: "#方法论/阅读" }])).toBe(true);
		expect(c.keeps("Just in case/a.md", null, undefined)).toBe(true);
	});

	it("reads inline tags whatever their first letter's case or script", () => {
		expect(c.keeps("a.md", null, [{ tag: "#rust" }, { tag: "#CHALLENGE/x" }])).toBe(true);
		expect(c.keeps("a.md", null, [{ tag: "#Rust" }, { tag: "#_challenge" }, { tag: "#1challenge" }])).toBe(false);
		const kelvin = new NoteClassifier(config({ challengeTag: "kata" }));
		// U+212A KELVIN SIGN lower-cases to an ASCII "k".
		expect(kelvin.keeps("a.md", null, [{ tag: "#\u212Aata" }])).toBe(true);
		const accent = new NoteClassifier(config({ challengeTag: "été", topicTags: ["_x"] }));
		expect(accent.keeps("a.md", null, [{ tag: "#Été" }])).toBe(true);
		expect(accent.keeps("a.md", null, [{ tag: "#_X/y" }])).toBe(true);
	});

	it("drops notes whose tags only resemble the configured ones", () => {
		expect(c.keeps("a.md", { tags: ["challenges", "my-challenge", "#challenge-x"], tagline: "challenge" }, [{ tag: "#方法" }])).toBe(false);
		expect(c.keeps("Just in cases/a.md", null, undefined)).toBe(false);
	});

	it("gives the same answer as normalising every tag first, for any note", () => {
		const word = fc.constantFrom("challenge", "Challenge", "#CHALLENGE", "challenge/sub", "challenges", "方法论", "#方法论/x", "方法", "rust", "2024", "", " ");
		const value = fc.oneof(word, fc.tuple(fc.array(word, { maxLength: 3 }), fc.constantFrom(", ", " ", ",")).map(([ws, sep]) => ws.join(sep)), fc.integer());
		const fm = fc.option(fc.dictionary(fc.constantFrom("tags", "tag", "Tags", "other"), fc.oneof(value, fc.array(value, { maxLength: 3 }))), { nil: null });
		const inline = fc.array(word.map((w) => ({ tag: w.startsWith("#") ? w : `#${w}` })), { maxLength: 3 });
		const path = fc.constantFrom("a.md", "Just in case/a.md", "Just in case/sub/a.md", "Just/a.md", "just in case/a.md");
		fc.assert(
			fc.property(path, fm, inline, (p, f, i) => {
				const fresh = new NoteClassifier(config());
				expect(fresh.keeps(p, f, i)).toBe(keepsSlowly(fresh, p, f, i));
				// Asked again, the remembered answers agree too.
				expect(fresh.keeps(p, f, i)).toBe(keepsSlowly(fresh, p, f, i));
			}),
			{ numRuns: 1500 },
		);
	});

	it("gives the same answer as normalising first, for any configured tags and tricky letters", () => {
		const tag = fc.constantFrom("challenge", "kata", "ideas", "été", "σοφία", "_x", "1a", "方法论", "Ωmega", "zz");
		const letter = fc.constantFrom("c", "C", "h", "k", "K", "\u212A", "i", "I", "\u0130", "é", "É", "σ", "Σ", "ς", "方", "_", "1", "a", "#", " ", ",", "z", "Z", "Ω", "ω");
		const word = fc.array(letter, { maxLength: 8 }).map((cs) => cs.join(""));
		fc.assert(
			fc.property(tag, fc.array(tag, { maxLength: 2 }), fc.array(word, { maxLength: 3 }), fc.array(word, { maxLength: 3 }), (challengeTag, topicTags, fmWords, inlineWords) => {
				const c = new NoteClassifier(config({ challengeTag, topicTags }));
				const fm = { tags: fmWords, Tag: fmWords.join(", ") };
				// Obsidian's inline tags never hold a space or a comma (either ends a tag).
				const inline = inlineWords.map((w) => ({ tag: `#${w.replace(/[ ,]/g, "")}` }));
				expect(c.keeps("a.md", fm, inline)).toBe(keepsSlowly(c, "a.md", fm, inline));
				for (const w of fmWords) {
					const fresh = new NoteClassifier(config({ challengeTag, topicTags }));
					expect(fresh.keeps("a.md", { tags: w }, undefined), JSON.stringify(w)).toBe(keepsSlowly(fresh, "a.md", { tags: w }, []));
				}
			}),
			{ numRuns: 3000 },
		);
	});

	it("follows the configured tags", () => {
		const goal = new NoteClassifier(config({ challengeTag: "goal", topicTags: ["skills"] }));
		expect(goal.keeps("a.md", { tags: "goal" }, undefined)).toBe(true);
		expect(goal.keeps("a.md", { tags: "challenge" }, undefined)).toBe(false);
		expect(goal.keeps("a.md", null, [{ tag: "#Skills/typing" }])).toBe(true);
	});
});

describe("NoteClassifier.isParked", () => {
	it("matches the folder at any depth, and nothing beside it", () => {
		const c = new NoteClassifier(config());
		expect(c.isParked("Just in case/a.md")).toBe(true);
		expect(c.isParked("Just in case/x/y/a.md")).toBe(true);
		expect(c.isParked("Just in case.md")).toBe(false);
		expect(c.isParked("Notes/Just in case/a.md")).toBe(false);
		expect(c.isParked("Just")).toBe(false);
	});

	it("matches a path written in another Unicode form than the setting", () => {
		const c = new NoteClassifier(config({ justInCaseFolder: "Idées" }));
		expect(c.isParked("Ide\u0301es/a.md")).toBe(true);
		expect(c.isParked("Idées/a.md")).toBe(true);
		expect(c.isParked("Idees/a.md")).toBe(false);
		const nfd = new NoteClassifier(config({ justInCaseFolder: "Ide\u0301es" }));
		expect(nfd.isParked("Idées/a.md")).toBe(true);
	});

	it("matches a path whose non-ASCII character becomes ASCII in NFC (Kelvin sign)", () => {
		const c = new NoteClassifier(config({ justInCaseFolder: "Kitchen" }));
		expect(c.isParked("\u212Aitchen/a.md")).toBe(true);
		expect(c.isParked("Litchen/a.md")).toBe(false);
	});

	it("agrees with comparing NFC forms, for any path", () => {
		const ch = fc.constantFrom("J", "u", "s", "t", " ", "i", "n", "c", "a", "e", "/", "\u0301", "é", "\u212A", "K", "x");
		const str = fc.array(ch, { maxLength: 16 }).map((a) => a.join(""));
		fc.assert(
			fc.property(str, str, (folder, rest) => {
				const c = new NoteClassifier(config({ justInCaseFolder: folder }));
				const prefix = `${folder.normalize("NFC").replace(/^\/+|\/+$/g, "")}/`;
				const path = `${folder}${rest}`;
				const expected = prefix !== "/" && path.normalize("NFC").startsWith(prefix);
				expect(c.isParked(path)).toBe(expected || (prefix !== "/" && path.startsWith(prefix)));
				const other = `${rest}${folder}/n.md`;
				const expectedOther = prefix !== "/" && (other.startsWith(prefix) || other.normalize("NFC").startsWith(prefix));
				expect(c.isParked(other)).toBe(expectedOther);
			}),
			{ numRuns: 3000 },
		);
	});
});
