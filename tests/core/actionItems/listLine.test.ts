import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columns, lineIndent, parseListLine } from "../../../src/core/actionItems/listLine";

/**
 * parseListLine reads list markers by hand (it runs on every line of a note).
 * This reference reads them with the patterns that define them, as the parser
 * did before; both must take every line apart the same way.
 */
function referenceListLine(line: string) {
	const quote = /^((?:[ \t]{0,3}>[ \t]?)+)/.exec(line)?.[1] ?? "";
	const rest = line.slice(quote.length);
	const m = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/.exec(rest);
	if (!m || /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(rest)) return null;
	const [whole, lead, marker, gap] = m;
	const cols = (s: string, start: number) => {
		let col = start;
		for (const ch of s) col = ch === "\t" ? col + 4 - (col % 4) : col + 1;
		return col;
	};
	const indent = cols(lead, 0);
	const markerEnd = indent + marker.length;
	const gapWidth = cols(gap, markerEnd) - markerEnd;
	return {
		prefix: quote + lead,
		quoteDepth: quote.split(">").length - 1,
		indent,
		marker,
		contentCol: gapWidth === 0 || gapWidth > 4 ? markerEnd + 1 : markerEnd + gapWidth,
		content: rest.slice(whole.length),
	};
}

const piece = fc.constantFrom(" ", "  ", "    ", "\t", ">", "> ", "-", "*", "+", "_", "1", "42", "1234567890", ".", ")", "[ ]", "[x]", "a", "学", "\u00a0", " - - -", "***");
const line = fc.array(piece, { maxLength: 9 }).map((parts) => parts.join(""));

describe("parseListLine", () => {
	it("takes a nested, quoted task apart", () => {
		expect(parseListLine("> \t- [ ] a")).toEqual({ prefix: "> \t", quoteDepth: 1, indent: 4, marker: "-", contentCol: 6, content: "[ ] a" });
		expect(parseListLine("  10)     b")).toEqual({ prefix: "  ", quoteDepth: 0, indent: 2, marker: "10)", contentCol: 6, content: "b" });
	});

	it("reads thematic breaks and glued markers as no item", () => {
		expect(parseListLine("- - -")).toBeNull();
		expect(parseListLine(" * * *")).toBeNull();
		expect(parseListLine("-x")).toBeNull();
		expect(parseListLine("- -")).not.toBeNull();
	});

	it("agrees with the defining patterns on any line", () => {
		fc.assert(
			fc.property(line, (l) => {
				expect(parseListLine(l)).toEqual(referenceListLine(l));
			}),
			{ numRuns: 5000 },
		);
	});
});

describe("lineIndent and columns", () => {
	it("count tab stops every 4 columns inside the blockquote", () => {
		expect(lineIndent("> \t x")).toEqual({ quoteDepth: 1, indent: 5 });
		expect(lineIndent("  \tx")).toEqual({ quoteDepth: 0, indent: 4 });
		expect(lineIndent("x")).toEqual({ quoteDepth: 0, indent: 0 });
		expect(columns("a \tb", 1, 3, 1)).toBe(4);
	});

	it("agree with the indentation the reference reads", () => {
		fc.assert(
			fc.property(line, (l) => {
				const quote = /^((?:[ \t]{0,3}>[ \t]?)+)/.exec(l)?.[1] ?? "";
				const lead = /^[ \t]*/.exec(l.slice(quote.length))?.[0] ?? "";
				const ref = referenceListLine(`${quote}${lead}- x`);
				expect(lineIndent(l)).toEqual({ quoteDepth: ref?.quoteDepth, indent: ref?.indent });
			}),
			{ numRuns: 3000 },
		);
	});
});
