import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseActionItems } from "../../../src/core/actionItems";
import { deriveChallenge } from "../../../src/core/index/challengeInfo";
import { indexConfigFrom } from "../../../src/core/index/config";
import { scanNote } from "../../../src/core/markdown/scan";
import { parsePracticeLog } from "../../../src/core/practice";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { challenge } from "./records";

// Counts the scans: the challenge's two parts must share one.
vi.mock("../../../src/core/markdown/scan", async (importOriginal) => {
	const original = await importOriginal<typeof import("../../../src/core/markdown/scan")>();
	return { ...original, scanNote: vi.fn(original.scanNote) };
});

const config = indexConfigFrom(DEFAULT_SETTINGS);
const body = [
	"---",
	"tags: [challenge]",
	"---",
	"# Piano",
	"- [ ] scales",
	"    - [x] left hand ✅ 2026-11-20",
	"```md",
	"- [ ] not a task",
	"```",
	"## Practice log",
	"- 2026-11-26 · 20 min",
	"- 2026-11-27 09:30 · 30 min · arpeggios",
	"- [ ] a task inside the log",
	"- 2026-11-31 · 5 min",
].join("\n");

beforeEach(() => {
	vi.mocked(scanNote).mockClear();
});

describe("deriveChallenge: action items and practice log", () => {
	it("reads both parts as the standalone parsers do", () => {
		const info = deriveChallenge(challenge("P.md", "current", { body }), config);
		expect(info.actionItems).toEqual(parseActionItems(body));
		expect(info.practiceLog).toEqual(parsePracticeLog(body, config.practiceLogHeading));
		expect(info.actionItems.map((a) => a.line)).toEqual([4, 5, 12]);
		expect(info.practiceLog.entries.map((e) => e.line)).toEqual([10, 11]);
		expect(info.practiceLog.unreadable.map((u) => u.line)).toEqual([13]);
	});

	it("scans the body once for both parts, in either order, and only when asked", () => {
		const itemsFirst = deriveChallenge(challenge("A.md", "current", { body }), config);
		expect(scanNote).not.toHaveBeenCalled();
		void itemsFirst.actionItems;
		void itemsFirst.practiceLog;
		void itemsFirst.actionItems;
		expect(scanNote).toHaveBeenCalledTimes(1);

		const logFirst = deriveChallenge(challenge("B.md", "current", { body }), config);
		void logFirst.practiceLog;
		void logFirst.actionItems;
		expect(scanNote).toHaveBeenCalledTimes(2);
	});

	it("parses each part once and returns the same value on every read", () => {
		const info = deriveChallenge(challenge("A.md", "current", { body }), config);
		expect(info.actionItems).toBe(info.actionItems);
		expect(info.practiceLog).toBe(info.practiceLog);
	});

	it("gives empty parts without a body, scanning nothing", () => {
		const info = deriveChallenge(challenge("A.md", "current", { body: undefined }), config);
		expect(info.hasBody).toBe(false);
		expect(info.actionItems).toEqual([]);
		expect(info.practiceLog).toEqual({ headingLine: null, entries: [], unreadable: [] });
		expect(scanNote).not.toHaveBeenCalled();
	});

	it("uses the configured log heading", () => {
		const info = deriveChallenge(challenge("A.md", "current", { body: body.replace("## Practice log", "## Übungen") }), {
			...config,
			practiceLogHeading: "übungen",
		});
		expect(info.practiceLog.headingLine).toBe(9);
		expect(info.practiceLog.entries).toHaveLength(2);
	});
});
