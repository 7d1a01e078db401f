import { describe, expect, it } from "vitest";
import { cutGraphemes, graphemes } from "../../../src/core/parking/graphemes";

const FAMILY = "👨‍👩‍👧"; // three emoji joined by ZWJ
const THUMB = "👍🏽"; // emoji + skin tone
const FLAG = "🇯🇵"; // two regional indicators
const E_ACUTE = "e\u0301"; // e + combining acute
const HEART = "❤️"; // heart + variation selector 16

describe("graphemes", () => {
	it("keeps emoji sequences, flags and combining marks whole", () => {
		expect(graphemes(`a${FAMILY}${THUMB}${FLAG}${E_ACUTE}${HEART}漢`)).toEqual(["a", FAMILY, THUMB, FLAG, E_ACUTE, HEART, "漢"]);
	});

	it("never splits a surrogate pair", () => {
		for (const g of graphemes("😀😁😂𠀋")) expect(g.length).toBe(2);
	});
});

describe("cutGraphemes", () => {
	it("counts an emoji as one character", () => {
		expect(cutGraphemes(`ab${FAMILY}cd`, 3)).toBe(`ab${FAMILY}`);
	});

	it("drops a whole grapheme rather than exceed the byte cap", () => {
		// "ab" is 2 bytes, the family 18 bytes: 19 bytes allow only "ab".
		expect(cutGraphemes(`ab${FAMILY}`, 10, 19)).toBe("ab");
		expect(cutGraphemes(`ab${FAMILY}`, 10, 20)).toBe(`ab${FAMILY}`);
	});
});
