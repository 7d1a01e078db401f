import { describe, expect, it } from "vitest";
import { MASK, maskInline } from "../../../src/core/tags/maskInline";

const masked = (n: number) => MASK.repeat(n);

describe("maskInline", () => {
	it("returns a line with nothing to hide as it is", () => {
		expect(maskInline("plain #tag, a [bracket] and a # sign")).toBe("plain #tag, a [bracket] and a # sign");
	});

	it("hides code, comments, links and URLs, keeping every column", () => {
		expect(maskInline("`#a` [[N#h]] [t](u#v) https://x.y/#z #t")).toBe(`${masked(4)} ${masked(7)} ${masked(8)} ${masked(14)} #t`);
	});

	it("skips a match that starts inside a part already hidden, and joins overlapping parts", () => {
		expect(maskInline("`a [[b` c]] #t")).toBe(`${masked(7)} c]] #t`);
		expect(maskInline("<!-- `x` --> #t")).toBe(`${masked(12)} #t`);
		expect(maskInline("<!-- open #t")).toBe(masked(12));
	});

	it("lets an escaped character open nothing", () => {
		expect(maskInline("\\[[N]] \\`#t`")).toBe("\\[[N]] \\`#t`");
	});
});
