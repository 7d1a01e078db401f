import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	contentStartAfter,
	isBlank,
	leadCode,
	listContentStart,
	listMarkerEnd,
	mayBeHeading,
	mayLeadWith,
	quoteDepthOf,
	quotePrefixLength,
	skipIndent,
} from "../../../src/core/markdown/lineStart";

/**
 * The helpers read line starts by hand for speed; each must say exactly what
 * the pattern it stands for says. The properties compare them with those
 * patterns on lines made of the characters that matter (and a few that must
 * not: rarer whitespace, digits that run long, non-ASCII).
 */
const piece = fc.constantFrom(" ", "  ", "   ", "\t", ">", "> ", "-", "*", "+", "_", "1", "123456789", "0", ".", ")", "#", "`", "~", "%", "<", "[", "]", "x", "学", "\u00a0", "\u3000", "\r", "\n", "\v");
const line = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(""));

const QUOTE = /^(?:[ \t]{0,3}>[ \t]?)+/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])([ \t]+|$)/;

describe("skipIndent", () => {
	it("stops at the first character that is not a space or a tab, or after max of them", () => {
		expect(skipIndent(" \t x", 0, 10)).toBe(3);
		expect(skipIndent("      x", 0, 3)).toBe(3);
		expect(skipIndent("ab  c", 2, 10)).toBe(4);
		expect(skipIndent("\u00a0x", 0, 10)).toBe(0);
		expect(skipIndent("   ", 0, 10)).toBe(3);
	});
});

describe("quotePrefixLength and quoteDepthOf", () => {
	it("measure the blockquote markers", () => {
		expect(quotePrefixLength("> a")).toBe(2);
		expect(quotePrefixLength("   > > a")).toBe(7);
		expect(quotePrefixLength("    > a")).toBe(0);
		expect(quotePrefixLength("a > b")).toBe(0);
		expect(quoteDepthOf("> > ")).toBe(2);
		expect(quoteDepthOf("")).toBe(0);
	});

	it("agree with the blockquote pattern on any line", () => {
		fc.assert(
			fc.property(line, (l) => {
				expect(quotePrefixLength(l)).toBe(QUOTE.exec(l)?.[0].length ?? 0);
			}),
			{ numRuns: 3000 },
		);
	});
});

describe("isBlank", () => {
	it("says what trimming says", () => {
		expect(isBlank("")).toBe(true);
		expect(isBlank(" \t\u00a0\u3000")).toBe(true);
		expect(isBlank(" x")).toBe(false);
		expect(isBlank("学")).toBe(false);
		fc.assert(
			fc.property(line, (l) => {
				expect(isBlank(l)).toBe(l.trim() === "");
			}),
			{ numRuns: 3000 },
		);
	});
});

describe("leadCode and mayLeadWith", () => {
	it("read the first visible ASCII character after spaces and tabs", () => {
		expect(leadCode("  - x")).toBe("-".charCodeAt(0));
		expect(leadCode("\t`")).toBe("`".charCodeAt(0));
		expect(leadCode("")).toBe(-1);
		expect(leadCode("\u00a0%%")).toBe(-1);
		expect(leadCode("学")).toBe(-1);
	});

	it("never rule out a line that starts with the character once trimmed", () => {
		// Rarer whitespace is trimmed too, so such lines must still answer "maybe".
		expect(mayLeadWith(leadCode("\u00a0%%"), "\u00a0%%", "%")).toBe(true);
		expect(mayLeadWith(leadCode("  %%"), "  %%", "%")).toBe(true);
		expect(mayLeadWith(leadCode("a %%"), "a %%", "%")).toBe(false);
		fc.assert(
			fc.property(line, fc.constantFrom("`", "~", "%", "<"), (l, ch) => {
				if (l.trimStart().startsWith(ch)) expect(mayLeadWith(leadCode(l), l, ch)).toBe(true);
			}),
			{ numRuns: 3000 },
		);
	});
});

describe("mayBeHeading", () => {
	it("needs a # after at most three spaces", () => {
		expect(mayBeHeading("# a")).toBe(true);
		expect(mayBeHeading("   ## a")).toBe(true);
		expect(mayBeHeading("    # a")).toBe(false);
		expect(mayBeHeading("\t# a")).toBe(false);
		expect(mayBeHeading("a #")).toBe(false);
	});
});

describe("listMarkerEnd, listContentStart and contentStartAfter", () => {
	it("read bullet and ordered markers", () => {
		expect(listMarkerEnd("- a", 0)).toBe(1);
		expect(listMarkerEnd("  12) a", 2)).toBe(5);
		expect(listMarkerEnd("123456789. a", 0)).toBe(10);
		expect(listMarkerEnd("1234567890. a", 0)).toBe(-1);
		expect(listMarkerEnd("1 a", 0)).toBe(-1);
		expect(listMarkerEnd("a", 0)).toBe(-1);
	});

	it("need a space, a tab or the end of the line after the marker", () => {
		expect(listContentStart("-  a")).toBe(3);
		expect(listContentStart("\t1.\tb")).toBe(4);
		expect(listContentStart("-")).toBe(1);
		expect(listContentStart("1.")).toBe(2);
		expect(listContentStart("-a")).toBe(-1);
		expect(listContentStart("1.5")).toBe(-1);
		expect(contentStartAfter("- ", 1)).toBe(2);
		expect(contentStartAfter("-x", 1)).toBe(-1);
	});

	it("agree with the list item pattern on any line", () => {
		fc.assert(
			fc.property(line, (l) => {
				const m = LIST_ITEM.exec(l);
				expect(listContentStart(l)).toBe(m ? m[0].length : -1);
			}),
			{ numRuns: 5000 },
		);
	});
});
