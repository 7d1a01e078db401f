import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendPracticeEntry } from "../../../src/core/practice/formatEntry";
import { parsePracticeLog } from "../../../src/core/practice/parseLog";

const NEW = "- 2026-11-28 07:00 · 25 min · new";
const lf = (...lines: string[]) => lines.join("\n");
const crlf = (...lines: string[]) => lines.join("\r\n");
const append = (text: string) => appendPracticeEntry(text, "Practice log", NEW);

describe("appendPracticeEntry into an existing log", () => {
	it("adds the line after the last entry, before the blank line and the next section", () => {
		const before = lf("# Piano", "## Practice log", "- 2026-11-27 · 5 min", "", "## Notes", "text", "");
		expect(append(before)).toBe(lf("# Piano", "## Practice log", "- 2026-11-27 · 5 min", NEW, "", "## Notes", "text", ""));
	});

	it("keeps CRLF line endings and every other byte", () => {
		const before = crlf("---", "status: current", "---", "## Practice log", "- 2026-11-27 · 5 min", "", "## Notes", "tail");
		expect(append(before)).toBe(crlf("---", "status: current", "---", "## Practice log", "- 2026-11-27 · 5 min", NEW, "", "## Notes", "tail"));
	});

	it("adds a line at the end of a note without a final newline, without adding one", () => {
		expect(append(lf("## Practice log", "- 2026-11-27 · 5 min"))).toBe(lf("## Practice log", "- 2026-11-27 · 5 min", NEW));
		expect(append(crlf("## Practice log", "- 2026-11-27 · 5 min"))).toBe(crlf("## Practice log", "- 2026-11-27 · 5 min", NEW));
		expect(append(lf("## Practice log", "- 2026-11-27 · 5 min", ""))).toBe(lf("## Practice log", "- 2026-11-27 · 5 min", NEW, ""));
	});

	it("goes after the last list line even when it is unreadable or a task", () => {
		expect(append(lf("## Practice log", "- 2026-11-27 · 5 min", "- ???", "", "Prose after the list.", ""))).toBe(
			lf("## Practice log", "- 2026-11-27 · 5 min", "- ???", NEW, "", "Prose after the list.", ""),
		);
	});

	it("goes past the last item's continuation lines and nested code", () => {
		expect(append(lf("## Practice log", "- 2026-11-27 · 5 min · long", "  wrapped comment", "  ```", "", "  ```", "", "## Next"))).toBe(
			lf("## Practice log", "- 2026-11-27 · 5 min · long", "  wrapped comment", "  ```", "", "  ```", NEW, "", "## Next"),
		);
	});

	it("goes to the end of the list in a sub-section of the log", () => {
		expect(append(lf("## Practice log", "### 2026", "- 2026-11-27 · 5 min", "", "## Notes"))).toBe(
			lf("## Practice log", "### 2026", "- 2026-11-27 · 5 min", NEW, "", "## Notes"),
		);
	});

	it("stays inside a callout that holds the list", () => {
		expect(append(lf("## Practice log", "> [!note]", "> - 2026-11-27 · 5 min", "", "## Notes"))).toBe(
			lf("## Practice log", "> [!note]", "> - 2026-11-27 · 5 min", `> ${NEW}`, "", "## Notes"),
		);
	});

	it("starts the list right under an empty log heading", () => {
		expect(append(lf("## Practice log", "", "## Notes"))).toBe(lf("## Practice log", NEW, "", "## Notes"));
		expect(append(lf("# Piano", "## Practice log"))).toBe(lf("# Piano", "## Practice log", NEW));
	});

	it("starts the list after the section's prose, with a blank line between", () => {
		expect(append(lf("## Practice log", "Every morning.", "", "### Old", "Kept on paper.", ""))).toBe(
			lf("## Practice log", "Every morning.", "", NEW, "", "### Old", "Kept on paper.", ""),
		);
	});

	it("does not touch a list line that sits inside code in the section", () => {
		expect(append(lf("## Practice log", "```", "- 2026-11-27 · 5 min", "```", ""))).toBe(
			lf("## Practice log", "```", "- 2026-11-27 · 5 min", "```", "", NEW, ""),
		);
	});
});

describe("appendPracticeEntry into a note without a log", () => {
	it("adds a `## Practice log` section at the end", () => {
		expect(append(lf("# Piano", "Some text.", ""))).toBe(lf("# Piano", "Some text.", "", "## Practice log", NEW, ""));
	});

	it("keeps CRLF when it creates the section", () => {
		expect(append(crlf("# Piano", "Some text.", ""))).toBe(crlf("# Piano", "Some text.", "", "## Practice log", NEW, ""));
	});

	it("does not add a second blank line, and keeps a missing final newline missing", () => {
		expect(append(lf("# Piano", ""))).toBe(lf("# Piano", "", "## Practice log", NEW, ""));
		expect(append(lf("# Piano", "", ""))).toBe(lf("# Piano", "", "## Practice log", NEW, ""));
		expect(append("# Piano")).toBe(lf("# Piano", "", "## Practice log", NEW));
	});

	it("fills an empty note", () => {
		expect(append("")).toBe(lf("## Practice log", NEW, ""));
	});

	it("creates a real heading when the note has one only inside a code block", () => {
		const before = lf("# Piano", "```md", "## Practice log", "- 2026-01-01 · 5 min", "```", "");
		const after = append(before);
		expect(after).toBe(lf("# Piano", "```md", "## Practice log", "- 2026-01-01 · 5 min", "```", "", "## Practice log", NEW, ""));
		expect(parsePracticeLog(after, "Practice log").entries).toEqual([{ day: "2026-11-28", time: "07:00", minutes: 25, comment: "new", line: 7 }]);
	});

	it("uses the heading as configured, trimmed", () => {
		expect(appendPracticeEntry("", "  练习记录 ", NEW)).toBe(lf("## 练习记录", NEW, ""));
		expect(() => appendPracticeEntry("", " ", NEW)).toThrow(RangeError);
	});
});

describe("appendPracticeEntry, any note", () => {
	const fragment = fc.constantFrom(
		"# Piano",
		"## Practice log",
		"### 2026",
		"## Notes",
		"- 2026-11-27 · 5 min",
		"* 2026-11-26 09:00 | 1h · scales",
		"- unreadable bullet",
		"  - nested note",
		"- [ ] a task",
		"Some prose.",
		"",
		"```",
		"> - 2026-11-25 · 3 min",
		"%% hidden %%",
	);
	const noteArb = fc
		.tuple(fc.array(fragment, { maxLength: 14 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
		.map(([lines, eol, finalNewline]) => {
			// Close every fence so that nothing after the note's end is swallowed by code.
			const fences = lines.filter((l) => l === "```").length;
			const all = fences % 2 === 1 ? [...lines, "```"] : lines;
			return { text: all.join(eol) + (finalNewline && all.length > 0 ? eol : ""), eol };
		});

	it("adds exactly one readable entry, keeps the others and the line ending, and only adds lines", () => {
		fc.assert(
			fc.property(noteArb, ({ text }) => {
				const before = parsePracticeLog(text, "Practice log");
				const out = append(text);
				const after = parsePracticeLog(out, "Practice log");
				expect(after.entries.length).toBe(before.entries.length + 1);
				const added = after.entries.find((e) => e.comment === "new" && e.day === "2026-11-28");
				expect(added).toBeDefined();
				expect(after.unreadable.map((u) => u.raw)).toEqual(before.unreadable.map((u) => u.raw));
				if (text.includes("\r\n")) expect(out.replace(/\r\n/g, "")).not.toContain("\n");
				// Removing the added lines gives the original back, byte for byte.
				const outLines = out.split(/\r?\n/);
				const inLines = text.split(/\r?\n/);
				let i = 0;
				for (const line of outLines) if (i < inLines.length && line === inLines[i]) i++;
				expect(i).toBe(inLines.length);
				expect(outLines.length - inLines.length).toBeLessThanOrEqual(before.headingLine === null ? 4 : 2);
			}),
			{ numRuns: 1000 },
		);
	});
});
