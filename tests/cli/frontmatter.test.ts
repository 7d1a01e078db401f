import matter from "gray-matter";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { FIXTURES } from "./run";

const g = globalThis as { __jitlPwned?: boolean };
const evil = readFileSync(join(FIXTURES, "mixed", "Notes", "Evil.md"), "utf8");

afterEach(() => {
	delete g.__jitlPwned;
});

describe("parseFrontmatter", () => {
	it("keeps dates and date-times as the strings written (no Date, no time zone shift)", () => {
		const r = parseFrontmatter("---\ndeadline: 2026-12-20\nat: 2026-11-01T09:30:00Z\nparked: 2026-01-01\n---\nbody");
		expect(r).toEqual({ ok: true, data: { deadline: "2026-12-20", at: "2026-11-01T09:30:00Z", parked: "2026-01-01" } });
	});

	it("reads numbers, booleans, lists and nested maps", () => {
		const r = parseFrontmatter("---\ndaily_goal: 30\ndone: true\ntags: [a, b]\nnested:\n  k: v\nempty:\n---\n");
		expect(r).toEqual({ ok: true, data: { daily_goal: 30, done: true, tags: ["a", "b"], nested: { k: "v" }, empty: null } });
	});

	it("does not evaluate JavaScript front matter, and reports it", () => {
		// Control: gray-matter's defaults would run it. If this fails the fixture no longer proves anything.
		matter(evil, { engines: {} });
		expect(g.__jitlPwned).toBe(true);
		delete g.__jitlPwned;

		const r = parseFrontmatter(evil);
		expect(r.ok).toBe(false);
		expect(r.ok ? "" : r.error).toMatch(/---js/);
		expect(g.__jitlPwned).toBeUndefined();
	});

	it("refuses other front matter languages too", () => {
		expect(parseFrontmatter("---json\n{\"a\": 1}\n---\n").ok).toBe(false);
		expect(parseFrontmatter("--- coffee\na: 1\n---\n").ok).toBe(false);
	});

	it("refuses YAML tags that build objects (js-yaml's unsafe types)", () => {
		const r = parseFrontmatter("---\nf: !!js/function 'function () { globalThis.__jitlPwned = true }'\n---\n");
		expect(r.ok).toBe(false);
		expect(g.__jitlPwned).toBeUndefined();
	});

	it("reports broken YAML with a one-line message giving the file line", () => {
		const r = parseFrontmatter("---\ntitle: x\ntags: [go\nstatus: current\n---\n");
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.error).not.toContain("\n");
			expect(r.error).toMatch(/line 4/);
		}
	});

	it("reports front matter that is not a set of properties", () => {
		expect(parseFrontmatter("---\n- a\n- b\n---\n").ok).toBe(false);
		expect(parseFrontmatter("---\njust words\n---\n").ok).toBe(false);
	});

	it("treats a note without a closed block, or with an empty one, as having none", () => {
		expect(parseFrontmatter("no front matter\n---\na: 1\n---\n")).toEqual({ ok: true, data: null });
		expect(parseFrontmatter("---\na: 1\nnever closed\n")).toEqual({ ok: true, data: null });
		expect(parseFrontmatter("---\n---\nbody")).toEqual({ ok: true, data: null });
		expect(parseFrontmatter("------\ntext")).toEqual({ ok: true, data: null });
	});

	it("ends the block at a `...` line too, and reads CRLF files", () => {
		const r = parseFrontmatter("---\na: 1\n...\nb: [\n---\n");
		expect(r).toEqual({ ok: true, data: { a: 1 } });
		const crlf = parseFrontmatter("---\r\ntags: [x]\r\n---\r\nbody");
		expect(crlf).toEqual({ ok: true, data: { tags: ["x"] } });
	});
});
