import { describe, expect, it } from "vitest";
import { applyToggle, parseActionItems } from "../../../src/core/actionItems";
import type { ActionItem } from "../../../src/core/types";

const opts = { doneDate: "2026-11-27" };
const itemAt = (text: string, line: number): ActionItem => {
	const item = parseActionItems(text).find((a) => a.line === line);
	if (!item) throw new Error(`no item on line ${line}`);
	return item;
};

describe("applyToggle", () => {
	const note = "# Plan\n\n- [ ] Read\n- [ ] Write\n";

	it("toggles the item on its line, leaving the rest untouched", () => {
		expect(applyToggle(note, itemAt(note, 3), opts)).toEqual({
			ok: true,
			text: "# Plan\n\n- [ ] Read\n- [x] Write ✅ 2026-11-27\n",
			line: 3,
		});
	});

	it("finds a moved item by its text", () => {
		const target = itemAt(note, 3);
		const moved = "# Plan\nNew intro line.\n\n- [ ] Read\n- [ ] Write\n";
		expect(applyToggle(moved, target, opts)).toEqual({
			ok: true,
			text: "# Plan\nNew intro line.\n\n- [ ] Read\n- [x] Write ✅ 2026-11-27\n",
			line: 4,
		});
	});

	it("finds an item by its text when its line was edited (stale raw)", () => {
		const target = itemAt(note, 2);
		const edited = "# Plan\n\n  - [ ] Read\n- [ ] Write\n";
		const result = applyToggle(edited, target, opts);
		expect(result).toEqual({ ok: true, text: "# Plan\n\n  - [x] Read ✅ 2026-11-27\n- [ ] Write\n", line: 2 });
	});

	it("finds an item completed elsewhere, ignoring its done date", () => {
		const target = itemAt(note, 2);
		const doneByTasks = "# Plan\n\n- [x] Read ✅ 2026-11-26\n- [ ] Write\n";
		expect(applyToggle(doneByTasks, target, opts)).toEqual({
			ok: true,
			text: "# Plan\n\n- [ ] Read\n- [ ] Write\n",
			line: 2,
		});
	});

	it("says gone when the item's text is nowhere", () => {
		const target = itemAt(note, 2);
		expect(applyToggle("# Plan\n\n- [ ] Read more\n", target, opts)).toEqual({ ok: false, reason: "gone" });
	});

	it("says gone when the line is still there but now sits inside code", () => {
		const target = itemAt(note, 2);
		expect(applyToggle("# Plan\n```\n- [ ] Read\n```\n", target, opts)).toEqual({ ok: false, reason: "gone" });
	});

	it("says ambiguous when two items read the same and the line moved", () => {
		const target = itemAt(note, 2);
		const twice = "# Plan\n\n\n- [ ] Read\n- [ ] Read\n";
		expect(applyToggle(twice, target, opts)).toEqual({ ok: false, reason: "ambiguous" });
	});

	it("toggles one of two identical items when its line is unchanged", () => {
		const twice = "- [ ] Read\n- [ ] Read\n";
		expect(applyToggle(twice, itemAt(twice, 1), opts)).toMatchObject({ ok: true, text: "- [ ] Read\n- [x] Read ✅ 2026-11-27\n" });
	});

	it("toggles callout items", () => {
		const callout = "> [!todo]\n> - [ ] a\n>     - [x] b ✅ 2026-01-01\n";
		expect(applyToggle(callout, itemAt(callout, 2), opts)).toEqual({
			ok: true,
			text: "> [!todo]\n> - [ ] a\n>     - [ ] b\n",
			line: 2,
		});
	});

	it("keeps CRLF line endings byte for byte", () => {
		const crlf = "# Plan\r\n- [ ] a\r\n- [ ] b\r\n";
		expect(applyToggle(crlf, itemAt(crlf, 1), opts)).toEqual({
			ok: true,
			text: "# Plan\r\n- [x] a ✅ 2026-11-27\r\n- [ ] b\r\n",
			line: 1,
		});
	});

	it("keeps a missing final newline missing", () => {
		const bare = "- [ ] a\n- [x] b";
		expect(applyToggle(bare, itemAt(bare, 1), opts)).toEqual({ ok: true, text: "- [ ] a\n- [ ] b", line: 1 });
	});

	it("keeps CJK text intact", () => {
		const cjk = "## 行动项\n- [ ] 读完《深入理解计算机系统》第三章\n";
		expect(applyToggle(cjk, itemAt(cjk, 1), { doneDate: null })).toEqual({
			ok: true,
			text: "## 行动项\n- [x] 读完《深入理解计算机系统》第三章\n",
			line: 1,
		});
	});
});
