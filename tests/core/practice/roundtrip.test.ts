import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEntry } from "../../../src/core/practice/formatEntry";
import { parseEntryLine } from "../../../src/core/practice/parseEntry";

/** A calendar day from a day count, computed in UTC so it does not depend on the code under test. */
function dayFromOffset(offset: number): string {
	const d = new Date(Date.UTC(1970, 0, 1) + offset * 86_400_000);
	const pad = (n: number, w: number) => String(n).padStart(w, "0");
	return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

// From 1970-01-01 to 2199-12-31: leap years, century rules and year ends included.
const day = fc.integer({ min: 0, max: 84_000 }).map(dayFromOffset);
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad2(h)}:${pad2(m)}`);
const tricky = fc.constantFrom("·", "|", " | ", " - ", "—", "–", " · ", "30 min", "1:15", "09:30", "-", "练习音阶", "方法论", "🎹", "👩‍💻", "🇳🇿", "é", "[[Hanon]]", "#tag", "`code`", "\t");
const piece = fc.oneof(fc.string({ unit: "grapheme", maxLength: 8 }), tricky);
const comment = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));

describe("formatEntry then parseEntryLine", () => {
	it("gives back the entry for any valid day, time, minutes and comment", () => {
		fc.assert(
			fc.property(day, fc.option(time, { nil: undefined }), fc.integer({ min: 1, max: 1440 }), fc.option(comment, { nil: undefined }), fc.nat(), (d, t, minutes, c, lineNo) => {
				const line = formatEntry({ day: d, time: t, minutes, comment: c });
				const expected = c?.replace(/\r\n|\r|\n/g, " ").trim();
				const parsed = parseEntryLine(line, lineNo);
				expect(parsed).toEqual({
					day: d,
					...(t ? { time: t } : {}),
					minutes,
					...(expected ? { comment: expected } : {}),
					line: lineNo,
				});
			}),
			{ numRuns: 2000 },
		);
	});

	it("stays one line whatever the comment holds", () => {
		fc.assert(
			fc.property(day, fc.string({ unit: "binary" }), (d, c) => {
				const line = formatEntry({ day: d, minutes: 5, comment: c });
				expect(line).not.toMatch(/[\r\n]/);
				expect(parseEntryLine(line, 0)?.minutes).toBe(5);
			}),
		);
	});
});
