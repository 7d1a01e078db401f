import { describe, expect, it } from "vitest";
import { LearningIndex } from "../../../src/core/index/LearningIndex";
import { indexConfigFrom } from "../../../src/core/index/config";
import { buildSidebarModel } from "../../../src/core/model/buildModel";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { challenge, note } from "../index/records";

function vault() {
	const idx = new LearningIndex(indexConfigFrom(DEFAULT_SETTINGS));
	const body = [
		"---",
		"tags: [challenge, rust]",
		"status: current",
		"---",
		"## Action items",
		"- [x] install toolchain ✅ 2026-11-20",
		"- [ ] read chapter 3",
		"    - [ ] exercises",
		"- [-] write a blog post",
		"",
		"## Practice log",
		"- 2026-11-26 09:30 · 30 min · borrow checker",
		"- 2026-11-27 07:00 · 20 min",
		"",
	].join("\n");
	idx.upsert(
		challenge("Challenges/Rust CLI.md", "current", {
			tags: ["challenge", "rust"],
			frontmatter: { tags: ["challenge", "rust"], status: "current", deadline: "2026-12-07", daily_goal: 30 },
			links: ["Learning/Rust book.md"],
			body,
			mtime: 500,
		}),
	);
	idx.upsert(challenge("Challenges/Piano.md", "active", { mtime: 400 }));
	idx.upsert(challenge("Challenges/Old.md", "done", { mtime: 300, frontmatter: { tags: ["challenge"], status: "done", completed: "2026-10-01" } }));
	idx.upsert(note("Learning/Rust book.md", { tags: ["方法论/book", "rust"], mtime: 200 }));
	idx.upsert(note("Learning/Deliberate practice.md", { tags: ["方法论"], mtime: 300 }));
	idx.upsert(note("Learning/Spaced repetition.md", { tags: ["方法论"], mtime: 100 }));
	idx.upsert(note("Just in case/Async runtimes.md", { tags: ["rust"], frontmatter: { parked: "2026-11-20" } }));
	idx.upsert(note("Just in case/Links to challenge.md", { links: ["Challenges/Rust CLI.md"], frontmatter: { parked: "2026-11-01" } }));
	idx.upsert(note("Just in case/Only challenge tag.md", { tags: ["challenge/sub"], frontmatter: { parked: "2026-11-25" } }));
	idx.upsert(note("Just in case/Old idea.md", { frontmatter: { parked: "2026-10-27" } }));
	idx.upsert(note("Just in case/Deep/Nested idea.md", { frontmatter: { parked: "2026-11-26" } }));
	return idx;
}

describe("buildSidebarModel", () => {
	const model = buildSidebarModel(vault(), { today: "2026-11-27" });

	it("shows the current challenge with its deadline in days and progress without cancelled items", () => {
		expect(model.current).toMatchObject({ title: "Rust CLI", deadline: "2026-12-07", daysLeft: 10, done: 1, total: 3 });
		expect(model.current!.actionItems.map((i) => i.depth)).toEqual([0, 0, 1, 0]);
	});

	it("summarises practice against the note's goal", () => {
		expect(model.current!.practice).toMatchObject({ goal: 30, todayMinutes: 20, totalMinutes: 50 });
	});

	it("groups learning notes by topic tag, most recently modified first", () => {
		expect(model.topics).toEqual([
			{ tag: "方法论", notes: [expect.objectContaining({ title: "Deliberate practice" }), expect.objectContaining({ title: "Spaced repetition" })] },
			{ tag: "方法论/book", notes: [expect.objectContaining({ title: "Rust book" })] },
		]);
	});

	it("lists other active challenges and done ones apart", () => {
		expect(model.otherChallenges.map((c) => c.title)).toEqual(["Piano"]);
		expect(model.doneChallenges.map((c) => [c.title, c.completed])).toEqual([["Old", "2026-10-01"]]);
	});

	it("puts parked notes that came up first, with why; the challenge tag alone does not count", () => {
		expect(model.justInCase.cameUp.map((p) => [p.title, p.cameUp])).toEqual([
			["Async runtimes", { kind: "tag", tag: "rust" }],
			["Links to challenge", { kind: "links-to" }],
		]);
		expect(model.justInCase.rest.map((p) => [p.title, p.ageDays])).toEqual([
			["Nested idea", 1],
			["Only challenge tag", 2],
			["Old idea", 31],
		]);
		expect(model.justInCase.total).toBe(5);
	});

	it("says when several notes are current", () => {
		const idx = vault();
		idx.upsert(challenge("Challenges/Piano.md", "current", { mtime: 900 }));
		const m = buildSidebarModel(idx, { today: "2026-11-27" });
		expect(m.current?.title).toBe("Piano");
		expect(m.currentCandidates.map((c) => c.title)).toEqual(["Piano", "Rust CLI"]);
		expect(m.otherChallenges.map((c) => c.title)).toEqual(["Rust CLI"]);
	});

	it("reports a missed deadline as negative days", () => {
		const m = buildSidebarModel(vault(), { today: "2026-12-10" });
		expect(m.current?.daysLeft).toBe(-3);
	});

	it("is empty but well-formed for an empty vault", () => {
		const m = buildSidebarModel(new LearningIndex(indexConfigFrom(DEFAULT_SETTINGS)), { today: "2026-11-27" });
		expect(m).toMatchObject({ current: null, currentCandidates: [], topics: [], otherChallenges: [], justInCase: { total: 0 } });
	});
});
