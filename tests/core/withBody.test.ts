import { describe, expect, it } from "vitest";
import type { NoteRecord } from "../../src/core/types";
import { withBody } from "../../src/core/withBody";

class Lazy implements NoteRecord {
	path = "Challenges/A.md";
	basename = "A";
	mtime = 1;
	frontmatter = null;
	tags = ["challenge"];
	reads = 0;
	get links(): string[] {
		this.reads++;
		return ["B.md"];
	}
}

describe("withBody", () => {
	it("copies a plain record with its text and leaves the original alone", () => {
		const plain: NoteRecord = { path: "a.md", basename: "a", mtime: 2, frontmatter: { x: 1 }, tags: [], links: ["b.md"] };
		const copy = withBody(plain, "text");
		expect(copy).toEqual({ ...plain, body: "text" });
		expect(copy).not.toBe(plain);
		expect(plain.body).toBeUndefined();
	});

	it("keeps a getter of the record's class (a spread would drop it)", () => {
		const lazy = new Lazy();
		expect(({ ...lazy } as unknown as NoteRecord).links).toBeUndefined();
		const copy = withBody(lazy, "text");
		expect(copy.links).toEqual(["B.md"]);
		expect(copy.body).toBe("text");
		expect(copy).toBeInstanceOf(Lazy);
	});
});
