import { describe, expect, it } from "vitest";
import { LearningIndex } from "../../../src/core/index/LearningIndex";
import { indexConfigFrom } from "../../../src/core/index/config";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { challenge, note } from "./records";

const config = () => indexConfigFrom(DEFAULT_SETTINGS);

describe("LearningIndex classification", () => {
	it("treats a note with the challenge tag (or a nested one) as a challenge", () => {
		const idx = new LearningIndex(config());
		idx.upsert(challenge("A.md", "active"));
		idx.upsert(note("B.md", { tags: ["challenge/work"], body: "" }));
		idx.upsert(note("C.md", { tags: ["challenges"] }));
		expect(idx.allChallenges().map((c) => c.record.path).sort()).toEqual(["A.md", "B.md"]);
	});

	it("reads status case-insensitively and treats missing or unknown values as active", () => {
		const idx = new LearningIndex(config());
		idx.upsert(challenge("A.md", "Current"));
		idx.upsert(challenge("B.md", null));
		idx.upsert(challenge("C.md", "paused"));
		idx.upsert(challenge("D.md", "done"));
		const s = Object.fromEntries(idx.allChallenges().map((c) => [c.record.path, c.status]));
		expect(s).toEqual({ "A.md": "current", "B.md": "active", "C.md": "active", "D.md": "done" });
	});

	it("uses the configured status key", () => {
		const idx = new LearningIndex({ ...config(), statusKey: "state" });
		idx.upsert(challenge("A.md", null, { frontmatter: { state: "current", status: "done" } }));
		expect(idx.current().chosen?.record.path).toBe("A.md");
	});

	it("picks the most recently modified note when several say current, and returns all of them", () => {
		const idx = new LearningIndex(config());
		idx.upsert(challenge("Old.md", "current", { mtime: 100 }));
		idx.upsert(challenge("New.md", "current", { mtime: 300 }));
		idx.upsert(challenge("Mid.md", "current", { mtime: 200 }));
		const { chosen, candidates } = idx.current();
		expect(chosen?.record.path).toBe("New.md");
		expect(candidates.map((c) => c.record.path)).toEqual(["New.md", "Mid.md", "Old.md"]);
	});

	it("has no current challenge when none says current", () => {
		const idx = new LearningIndex(config());
		idx.upsert(challenge("A.md", "active"));
		expect(idx.current()).toEqual({ chosen: null, candidates: [] });
	});

	it("classifies learning notes by topic tag (nested too) but not inside the just-in-case folder", () => {
		const idx = new LearningIndex(config());
		idx.upsert(note("Method.md", { tags: ["方法论"] }));
		idx.upsert(note("Reading.md", { tags: ["方法论/阅读"] }));
		idx.upsert(note("Just in case/Idea.md", { tags: ["方法论"] }));
		idx.upsert(note("Other.md", { tags: ["rust"] }));
		expect(idx.learningNotes().map((r) => r.path).sort()).toEqual(["Method.md", "Reading.md"]);
		expect(idx.parkedNotes().map((r) => r.path)).toEqual(["Just in case/Idea.md"]);
	});

	it("derives deadline, completed and daily goal from front matter; invalid values are ignored", () => {
		const idx = new LearningIndex(config());
		idx.upsert(
			challenge("A.md", "current", {
				frontmatter: { tags: ["challenge"], status: "current", deadline: "2026-12-20", daily_goal: 45, completed: "2026-02-30" },
			}),
		);
		idx.upsert(challenge("B.md", "active", { frontmatter: { deadline: new Date(Date.UTC(2027, 0, 5)), daily_goal: "abc" } }));
		expect(idx.challenge("A.md")).toMatchObject({ deadline: "2026-12-20", dailyGoal: 45, completed: null });
		expect(idx.challenge("B.md")).toMatchObject({ deadline: "2027-01-05", dailyGoal: null });
	});

	it("parses action items and the practice log from a challenge's body", () => {
		const idx = new LearningIndex(config());
		const body = "# Goal\n\n## Action items\n- [ ] read\n- [x] write\n\n## Practice log\n- 2026-11-26 · 30 min\n- nonsense\n";
		idx.upsert(challenge("A.md", "current", { body }));
		const c = idx.challenge("A.md")!;
		expect(c.actionItems.map((i) => [i.line, i.status])).toEqual([
			[3, "open"],
			[4, "done"],
		]);
		expect(c.practiceLog.entries).toHaveLength(1);
		expect(c.practiceLog.unreadable).toHaveLength(1);
	});
});

describe("LearningIndex updates", () => {
	it("re-classifies a note when it changes and forgets it when removed", () => {
		const idx = new LearningIndex(config());
		idx.upsert(note("A.md", { tags: ["方法论"] }));
		expect(idx.learningNotes()).toHaveLength(1);
		idx.upsert(note("A.md", { tags: ["challenge"], body: "" }));
		expect(idx.learningNotes()).toHaveLength(0);
		expect(idx.allChallenges()).toHaveLength(1);
		idx.remove("A.md");
		expect(idx.allChallenges()).toHaveLength(0);
		expect(idx.get("A.md")).toBeUndefined();
	});

	it("bumps the revision on every change", () => {
		const idx = new LearningIndex(config());
		const r0 = idx.revision;
		idx.upsert(note("A.md", { tags: ["方法论"] }));
		idx.remove("A.md");
		expect(idx.revision).toBe(r0 + 2);
	});

	it("follows a rename: the old path is gone and the note is classified at its new path", () => {
		const idx = new LearningIndex(config());
		idx.upsert(note("Target.md", { links: ["Src.md"] }));
		idx.rename("Target.md", note("Just in case/Target.md", { links: ["Src.md"] }));
		expect(idx.get("Target.md")).toBeUndefined();
		expect(idx.isParked("Just in case/Target.md")).toBe(true);
		expect(idx.get("Just in case/Target.md")?.links).toEqual(["Src.md"]);
	});

	it("parses a challenge's action items only when asked, once", () => {
		const idx = new LearningIndex(config());
		const rec = challenge("A.md", "current", { body: "- [ ] one\n" });
		idx.upsert(rec);
		const info = idx.challenge("A.md")!;
		expect(info.hasBody).toBe(true);
		expect(info.actionItems).toBe(info.actionItems);
		expect(info.actionItems.map((i) => i.text)).toEqual(["one"]);
	});

	it("knows when a challenge's text has not been read", () => {
		const idx = new LearningIndex(config());
		idx.upsert(challenge("A.md", "active", { body: undefined }));
		expect(idx.challenge("A.md")).toMatchObject({ hasBody: false, actionItems: [] });
	});

	it("re-derives every note when the settings change", () => {
		const idx = new LearningIndex(config());
		idx.upsert(note("A.md", { tags: ["goal", "方法论"], body: "" }));
		expect(idx.allChallenges()).toHaveLength(0);
		idx.setConfig({ ...config(), challengeTag: "goal" });
		expect(idx.allChallenges()).toHaveLength(1);
	});

	it("lists the notes under a folder for folder deletes", () => {
		const idx = new LearningIndex(config());
		idx.upsert(note("F/a.md", { tags: ["方法论"] }));
		idx.upsert(note("F/sub/b.md", { tags: ["challenge"] }));
		idx.upsert(note("F2/c.md", { tags: ["方法论"] }));
		expect(idx.pathsUnder("F/").sort()).toEqual(["F/a.md", "F/sub/b.md"]);
	});

	it("keeps only the notes it shows, and forgets a note that stops being one of them", () => {
		const idx = new LearningIndex(config());
		idx.upsert(note("Plain.md", { tags: ["misc"] }));
		expect(idx.get("Plain.md")).toBeUndefined();
		idx.upsert(note("A.md", { tags: ["方法论"] }));
		expect(idx.size).toBe(1);
		idx.upsert(note("A.md", { tags: ["misc"] }));
		expect(idx.get("A.md")).toBeUndefined();
		expect(idx.learningNotes()).toEqual([]);
	});

	it("reports notes with broken front matter", () => {
		const idx = new LearningIndex(config());
		idx.upsert(note("Bad.md", { frontmatterBroken: true }));
		expect(idx.brokenNotes()).toEqual(["Bad.md"]);
		idx.upsert(note("Bad.md"));
		expect(idx.brokenNotes()).toEqual([]);
	});
});

describe("LearningIndex cost per update does not grow with the vault", () => {
	function fill(n: number): LearningIndex {
		const idx = new LearningIndex(config());
		for (let i = 0; i < n; i++) {
			const p = i % 10 === 0 ? `Just in case/p${i}.md` : `notes/n${i}.md`;
			idx.upsert(note(p, { tags: i % 7 === 0 ? ["方法论"] : ["misc"], links: [`notes/n${(i * 7) % n}.md`] }));
		}
		for (let i = 0; i < 20; i++) idx.upsert(challenge(`c/${i}.md`, i === 0 ? "current" : "active", { body: "- [ ] a\n" }));
		return idx;
	}

	/**
	 * Median cost of one update, one rename and one remove, on notes that exist
	 * (as in a real vault: each event names a note the index already holds).
	 */
	function medianUpdateMicros(idx: LearningIndex, n: number): number {
		const samples: number[] = [];
		let serial = 0;
		for (let round = 0; round < 9; round++) {
			const start = performance.now();
			for (let i = 0; i < 300; i++) {
				const k = serial++;
				const path = `notes/n${(k * 13) % n}.md`;
				idx.upsert(note(path, { tags: ["方法论"], links: ["notes/n1.md"], mtime: k }));
				idx.rename(path, note(`moved/m${k}.md`, { tags: ["方法论"] }));
				idx.remove(`moved/m${k}.md`);
				idx.upsert(note(path, { tags: ["misc"] }));
			}
			samples.push(((performance.now() - start) * 1000) / 300);
		}
		return samples.sort((a, b) => a - b)[4];
	}

	it("upsert + rename + remove at 50,000 notes costs about the same as at 1,000", () => {
		const small = fill(1_000);
		const large = fill(50_000);
		medianUpdateMicros(small, 1_000);
		medianUpdateMicros(large, 50_000);
		const ratio = medianUpdateMicros(large, 50_000) / medianUpdateMicros(small, 1_000);
		// The benchmark measures this precisely (target 1.5x); a linear scan would be ~50x.
		// The bound is loose because tests run in parallel and larger maps miss caches more.
		expect(ratio).toBeLessThan(5);
	});
});

describe("LearningIndex.upsert", () => {
	it("refuses a record without links (a spread copy of a record with a lazy getter), changing nothing", () => {
		const idx = new LearningIndex(config());
		idx.upsert(note("Method.md", { tags: ["方法论"] }));
		const { links: _dropped, ...copy } = note("Method.md", { tags: ["方法论"] });
		expect(() => idx.upsert(copy as never)).toThrow("copy records with withBody");
		expect(idx.learningNotes().map((r) => r.path)).toEqual(["Method.md"]);
	});
});

