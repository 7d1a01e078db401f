import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePracticeLog } from "../../../src/core/practice";
import { useFixedClock } from "../clock";
import { lastModal, press, type } from "../dom";
import { loadPlugin } from "../harness";
import { challenge } from "./session";

useFixedClock("2026-11-27T18:00:00");

describe("what the log form writes, the log reads back", () => {
	it("for any valid minutes, comment and earlier day", async () => {
		const h = await loadPlugin({ files: { "Rust.md": challenge({ body: "## Practice log\n" }) } });
		const comment = fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, " "));
		const day = fc.integer({ min: 0, max: 400 }).map((n) => {
			const d = new Date(2026, 10, 27 - n);
			return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
		});
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 1, max: 1440 }), comment, day, async (minutes, text, when) => {
				h.runCommand("log-practice");
				const [m, c, d] = [...lastModal().contentEl.querySelectorAll("input")];
				type(m, String(minutes));
				c.value = text;
				d.value = when;
				d.dispatchEvent(new Event("change"));
				press(m, "Enter");
				await h.settle();
				const log = parsePracticeLog(h.read("Rust.md"), "Practice log");
				expect(log.unreadable).toEqual([]);
				const { line: _line, ...last } = log.entries[log.entries.length - 1];
				expect(last).toEqual({ day: when, minutes, ...(text.trim() ? { comment: text.trim() } : {}) });
			}),
			{ numRuns: 40 },
		);
	});
});
