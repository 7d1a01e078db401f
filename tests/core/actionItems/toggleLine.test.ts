import { describe, expect, it } from "vitest";
import { toggleLine } from "../../../src/core/actionItems";

const withDate = { doneDate: "2026-11-27" };
const noDate = { doneDate: null };

describe("toggleLine", () => {
	it("completes an open task, stamping the done date", () => {
		expect(toggleLine("- [ ] Read chapter 3", withDate)).toBe("- [x] Read chapter 3 ✅ 2026-11-27");
	});

	it("completes without a date when none is given", () => {
		expect(toggleLine("- [ ] Read chapter 3", noDate)).toBe("- [x] Read chapter 3");
	});

	it("does not add a second done date", () => {
		expect(toggleLine("- [ ] a ✅ 2026-01-01", withDate)).toBe("- [x] a ✅ 2026-01-01");
	});

	it("reopens a done task and removes its done date, for x and X", () => {
		expect(toggleLine("- [x] a ✅ 2026-01-01", withDate)).toBe("- [ ] a");
		expect(toggleLine("- [X] a ✅ 2026-01-01", noDate)).toBe("- [ ] a");
		expect(toggleLine("- [x] a", withDate)).toBe("- [ ] a");
	});

	it("reopens a cancelled task without stamping anything", () => {
		expect(toggleLine("- [-] a ❌ 2026-01-01", withDate)).toBe("- [ ] a ❌ 2026-01-01");
	});

	it("completes a task with a custom status char", () => {
		expect(toggleLine("- [/] in progress", withDate)).toBe("- [x] in progress ✅ 2026-11-27");
	});

	it("keeps a trailing block id last, so block references keep working", () => {
		expect(toggleLine("- [ ] a ^step-1", withDate)).toBe("- [x] a ✅ 2026-11-27 ^step-1");
		expect(toggleLine("- [x] a ✅ 2026-11-27 ^step-1", withDate)).toBe("- [ ] a ^step-1");
	});

	it("keeps every other byte: prefix, marker, spacing, trailing spaces", () => {
		expect(toggleLine(">  \t1)  [ ]   two  spaces  ", noDate)).toBe(">  \t1)  [x]   two  spaces  ");
		expect(toggleLine("> > * [ ] 学习 #tag", withDate)).toBe("> > * [x] 学习 #tag ✅ 2026-11-27");
	});

	it("round-trips: complete then reopen gives the line back", () => {
		const line = "\t- [ ] Practise scales #music";
		expect(toggleLine(toggleLine(line, withDate), withDate)).toBe(line);
	});

	it("refuses a line that is not a task", () => {
		expect(() => toggleLine("- plain item", withDate)).toThrow(/not a task/i);
	});
});
