import { describe, expect, it } from "vitest";
import { lineTextStart } from "../../../src/features/parking/ideaSource";

const rest = (line: string) => line.slice(lineTextStart(line));

describe("the text of a line, without what makes it a list item", () => {
	it.each([
		["- idea", "idea"],
		["* idea", "idea"],
		["+ idea", "idea"],
		["1. idea", "idea"],
		["12) idea", "idea"],
		["\t  - nested idea", "nested idea"],
		["- [ ] task idea", "task idea"],
		["- [x] done idea", "done idea"],
		["> quoted idea", "quoted idea"],
		["> > - [ ] deep", "deep"],
		["plain idea", "plain idea"],
		["-not a bullet", "-not a bullet"],
		["#tag idea", "#tag idea"],
		["- ", ""],
		["-", ""],
		["- [ ]", ""],
		["- idea with trailing space  ", "idea with trailing space  "],
		["- 中文 想法 🚀", "中文 想法 🚀"],
	])("%j -> %j", (line, expected) => {
		expect(rest(line)).toBe(expected);
	});
});
