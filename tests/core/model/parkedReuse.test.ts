import { describe, expect, it } from "vitest";
import { LearningIndex } from "../../../src/core/index/LearningIndex";
import { indexConfigFrom } from "../../../src/core/index/config";
import { buildSidebarModel } from "../../../src/core/model/buildModel";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { NoteRecord } from "../../../src/core/types";
import { challenge, note } from "../index/records";

/**
 * The model keeps each parked note's entry while the note's record and what
 * the entry depends on stay the same. Each case builds a model, changes one
 * of those inputs, and builds again: the second model must show the change.
 */

const RUST = "Challenges/Rust.md";
const J = "Just in case";

function parked(name: string, opts: Partial<NoteRecord> = {}): NoteRecord {
	return note(`${J}/${name}.md`, { frontmatter: { parked: "2026-11-20" }, ...opts });
}

function vault(challengeOpts: Partial<NoteRecord> = {}) {
	const idx = new LearningIndex(indexConfigFrom(DEFAULT_SETTINGS));
	idx.upsert(challenge(RUST, "current", { tags: ["challenge", "rust"], ...challengeOpts }));
	idx.upsert(parked("Tagged rust", { tags: ["rust"] }));
	idx.upsert(parked("Tagged go", { tags: ["go"] }));
	idx.upsert(parked("Untagged"));
	idx.upsert(parked("Sub of challenge tag", { tags: ["quest/sub"] }));
	return idx;
}

const cameUp = (idx: LearningIndex, today = "2026-11-27") =>
	buildSidebarModel(idx, { today }).justInCase.cameUp.map((p) => [p.title, p.cameUp]);

describe("parked entries after a change", () => {
	it("are the same, built twice from an unchanged index", () => {
		const idx = vault();
		expect(buildSidebarModel(idx, { today: "2026-11-27" })).toEqual(buildSidebarModel(idx, { today: "2026-11-27" }));
	});

	it("follow the challenge's tags", () => {
		const idx = vault();
		expect(cameUp(idx)).toEqual([["Tagged rust", { kind: "tag", tag: "rust" }]]);
		idx.upsert(challenge(RUST, "current", { tags: ["challenge", "go"] }));
		expect(cameUp(idx)).toEqual([["Tagged go", { kind: "tag", tag: "go" }]]);
	});

	it("follow the challenge's links", () => {
		const idx = vault();
		expect(cameUp(idx)).toEqual([["Tagged rust", { kind: "tag", tag: "rust" }]]);
		idx.upsert(challenge(RUST, "current", { tags: ["challenge", "rust"], links: [`${J}/Untagged.md`] }));
		expect(cameUp(idx)).toEqual([
			["Tagged rust", { kind: "tag", tag: "rust" }],
			["Untagged", { kind: "linked-from" }],
		]);
	});

	it("follow which note is the current challenge, even one with the same tags", () => {
		const idx = vault();
		idx.upsert(parked("Links to Go", { links: ["Challenges/Go.md"] }));
		expect(cameUp(idx)).toEqual([["Tagged rust", { kind: "tag", tag: "rust" }]]);
		idx.upsert(challenge(RUST, "active", { tags: ["challenge", "rust"] }));
		idx.upsert(challenge("Challenges/Go.md", "current", { tags: ["challenge", "rust"] }));
		expect(cameUp(idx)).toEqual([
			["Links to Go", { kind: "links-to" }],
			["Tagged rust", { kind: "tag", tag: "rust" }],
		]);
		idx.remove("Challenges/Go.md");
		expect(cameUp(idx)).toEqual([]);
	});

	it("follow the challenge tag setting, the records staying the same", () => {
		const idx = vault({ tags: ["challenge", "quest", "rust"] });
		expect(cameUp(idx).map(([title]) => title)).toEqual(["Sub of challenge tag", "Tagged rust"]);
		idx.setConfig({ ...indexConfigFrom(DEFAULT_SETTINGS), challengeTag: "quest" });
		// Under `quest`, the note's `quest/sub` is the challenge tag's child: it no longer counts.
		expect(cameUp(idx).map(([title]) => title)).toEqual(["Tagged rust"]);
	});

	it("follow the day: ages grow", () => {
		const idx = vault();
		const ages = (today: string) => buildSidebarModel(idx, { today }).justInCase.rest.map((p) => p.ageDays);
		expect(ages("2026-11-27")).toEqual([7, 7, 7]);
		expect(ages("2026-11-29")).toEqual([9, 9, 9]);
	});

	it("follow a parked note's new record", () => {
		const idx = vault();
		const untagged = () => buildSidebarModel(idx, { today: "2026-11-27" }).justInCase.rest.find((p) => p.title === "Untagged");
		expect(untagged()).toMatchObject({ parked: "2026-11-20", ageDays: 7 });
		idx.upsert(parked("Untagged", { frontmatter: { parked: "2026-11-25" } }));
		expect(untagged()).toMatchObject({ parked: "2026-11-25", ageDays: 2 });
	});
});

describe("parked order", () => {
	it("is newest parked first, then most recently modified, then by path; notes without a day last", () => {
		const idx = new LearningIndex(indexConfigFrom(DEFAULT_SETTINGS));
		const day = (parkedOn: string | null, mtime: number) => ({ frontmatter: parkedOn ? { parked: parkedOn } : null, mtime });
		idx.upsert(parked("b same day", day("2026-11-20", 5)));
		idx.upsert(parked("no day", day(null, 9_999_999_999_999)));
		idx.upsert(parked("older", day("2025-12-31", 5)));
		idx.upsert(parked("a same day", day("2026-11-20", 5)));
		idx.upsert(parked("newer mtime", day("2026-11-20", 6)));
		idx.upsert(parked("newest", day("2026-11-21", 1)));
		const titles = buildSidebarModel(idx, { today: "2026-11-27" }).justInCase.rest.map((p) => p.title);
		expect(titles).toEqual(["newest", "newer mtime", "a same day", "b same day", "older", "no day"]);
	});
});
