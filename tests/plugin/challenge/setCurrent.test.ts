import { describe, expect, it } from "vitest";
import { loadPlugin } from "../harness";
import { body } from "../notes";

const BODY = "# Learn Rust\n\nSome text with #inline tag.\n\n## Action items\n- [ ] read the book\n";

describe("set-current-challenge", () => {
	it("adds the challenge tag as a tags list entry, sets status current, and keeps the body bytes", async () => {
		const h = await loadPlugin({ files: { "Rust.md": `---\naliases: [R]\n---\n${BODY}` } });
		expect(await h.runOn("Rust.md", "set-current-challenge")).toBe(true);
		const text = h.read("Rust.md");
		expect(body(text)).toBe(BODY);
		expect(text).toMatch(/^---\n[\s\S]*tags:\n\s+- challenge\n[\s\S]*status: current\n---\n/);
		expect(text).toContain("aliases:");
		expect(h.ctx.index.current().chosen?.record.path).toBe("Rust.md");
		expect(h.noticeTexts()).toEqual(["“Rust” is now your current challenge."]);
	});

	it("creates front matter on a note that has none, body untouched", async () => {
		const h = await loadPlugin({ files: { "Plain.md": BODY } });
		await h.runOn("Plain.md", "set-current-challenge");
		const text = h.read("Plain.md");
		expect(text).toBe(`---\ntags:\n  - challenge\nstatus: current\n---\n${BODY}`);
	});

	it("appends to an existing tags list and does not add a tag the note already has", async () => {
		const h = await loadPlugin({ files: {
			"A.md": "---\ntags:\n  - rust\n---\nbody A\n",
			"B.md": "---\ntags: [challenge/work]\n---\nbody B\n",
			"C.md": "---\nstatus: active\n---\nbody #Challenge here\n",
		} });
		for (const p of ["A.md", "B.md", "C.md"]) {
			await h.runOn(p, "set-current-challenge");
		}
		expect(h.read("A.md")).toBe("---\ntags:\n  - rust\n  - challenge\nstatus: active\n---\nbody A\n");
		expect(h.read("B.md")).toBe("---\ntags:\n  - challenge/work\nstatus: active\n---\nbody B\n");
		expect(h.read("C.md")).toBe("---\nstatus: current\n---\nbody #Challenge here\n");
	});

	it("keeps a legacy Tag: value as written and adds the challenge tag beside it", async () => {
		const h = await loadPlugin({ files: { "Method.md": "---\nTag: 方法论\n---\n思考\n", "Old.md": "---\ntag: a, b\n---\nx\n" } });
		await h.runOn("Method.md", "set-current-challenge");
		expect(h.read("Method.md")).toBe("---\nTag: 方法论\ntags:\n  - challenge\nstatus: current\n---\n思考\n");
		expect(h.ctx.index.get("Method.md")?.tags.sort()).toEqual(["challenge", "方法论"]);
		await h.runOn("Old.md", "set-current-challenge");
		expect(h.read("Old.md")).toBe("---\ntag: a, b\ntags:\n  - challenge\nstatus: current\n---\nx\n");
	});

	it("turns a tags string into a list keeping every word", async () => {
		const h = await loadPlugin({ files: { "S.md": "---\ntags: rust, cli\n---\nx\n" } });
		await h.runOn("S.md", "set-current-challenge");
		expect(h.read("S.md")).toBe("---\ntags:\n  - rust\n  - cli\n  - challenge\nstatus: current\n---\nx\n");
	});

	it("writes over the note's own spelling of the status key", async () => {
		const h = await loadPlugin({ files: { "K.md": "---\ntags: [challenge]\nStatus: active\n---\nx\n" } });
		await h.runOn("K.md", "set-current-challenge");
		expect(h.read("K.md")).toBe("---\ntags:\n  - challenge\nStatus: current\n---\nx\n");
	});

	it("demotes the old current challenge to active, leaving its body bytes identical", async () => {
		const oldBody = "## Action items\r\n- [x] done ✅ 2026-01-01\r\n\r\ntrailing  spaces  \r\n";
		const h = await loadPlugin({ files: {
			"Old.md": `---\ntags: [challenge]\nstatus: current\n---\n${oldBody}`,
			"New.md": "---\ntags: [challenge]\n---\nnew body",
		} });
		await h.runOn("New.md", "set-current-challenge");
		expect(body(h.read("Old.md"))).toBe(oldBody);
		expect(h.read("Old.md")).toContain("status: active");
		expect(body(h.read("New.md"))).toBe("new body");
		expect(h.ctx.index.current().candidates.map((c) => c.record.path)).toEqual(["New.md"]);
		expect(h.noticeTexts()).toEqual(["“New” is now your current challenge. Back to active: Old."]);
	});

	it("demotes every other note marked current when several are", async () => {
		const h = await loadPlugin({ files: {
			"A.md": "---\ntags: [challenge]\nstatus: current\n---\na",
			"B.md": "---\ntags: [challenge]\nstatus: current\n---\nb",
			"C.md": "---\ntags: [challenge]\n---\nc",
		} });
		await h.runOn("C.md", "set-current-challenge");
		expect(h.read("A.md")).toContain("status: active");
		expect(h.read("B.md")).toContain("status: active");
		expect(h.read("C.md")).toContain("status: current");
		expect(h.noticeTexts()[0]).toMatch(/^“C” is now your current challenge\. Back to active: (A, B|B, A)\.$/);
	});

	it("on a note already current, says so and writes nothing", async () => {
		const text = "---\ntags: [challenge]\nstatus: current\n---\nx";
		const h = await loadPlugin({ files: { "Cur.md": text } });
		await h.open("Cur.md");
		const mtime = h.file("Cur.md").stat.mtime;
		expect(h.runCommand("set-current-challenge")).toBe(true);
		await h.settle();
		expect(h.read("Cur.md")).toBe(text);
		expect(h.file("Cur.md").stat.mtime).toBe(mtime);
		expect(h.noticeTexts()).toEqual(["“Cur” is already your current challenge."]);
	});

	it("on one of several current notes, keeps it and demotes the others", async () => {
		const h = await loadPlugin({ files: {
			"A.md": { content: "---\ntags: [challenge]\nstatus: current\n---\na", mtime: 1000 },
			"B.md": { content: "---\ntags: [challenge]\nstatus: current\n---\nb", mtime: 2000 },
		} });
		await h.runOn("A.md", "set-current-challenge");
		expect(h.read("A.md")).toBe("---\ntags: [challenge]\nstatus: current\n---\na");
		expect(h.read("B.md")).toContain("status: active");
		expect(h.ctx.index.current().chosen?.record.path).toBe("A.md");
	});

	it("refuses a note parked in the just-in-case folder, with a Notice", async () => {
		const text = "---\ntags: [challenge]\n---\nlater";
		const h = await loadPlugin({ files: { "Just in case/Later.md": text, "Cur.md": "---\ntags: [challenge]\nstatus: current\n---\nx" } });
		await h.runOn("Just in case/Later.md", "set-current-challenge");
		expect(h.read("Just in case/Later.md")).toBe(text);
		expect(h.read("Cur.md")).toContain("status: current");
		expect(h.noticeTexts()).toEqual([
			"“Later” is parked in the just-in-case folder. Bring it back first (“Bring back to just in time”), then set it as current.",
		]);
	});

	it("leaves a note with broken YAML alone, demotes nothing, and says how to fix it", async () => {
		const broken = "---\ntags: [challenge\nstatus: : :\n---\nbody";
		const h = await loadPlugin({ files: { "Broken.md": broken, "Cur.md": "---\ntags: [challenge]\nstatus: current\n---\nx" } });
		await h.runOn("Broken.md", "set-current-challenge");
		expect(h.read("Broken.md")).toBe(broken);
		expect(h.read("Cur.md")).toContain("status: current");
		expect(h.noticeTexts()).toEqual([
			"The properties of “Broken.md” could not be read, so nothing was changed. Fix the YAML at the top of the note and try again.",
		]);
	});

	it("is available only with a Markdown note active", async () => {
		const h = await loadPlugin({ files: { "N.md": "x", "pic.png": "" } });
		expect(h.isAvailable("set-current-challenge")).toBe(false);
		await h.app.workspace.setActiveFile(h.file("pic.png"));
		expect(h.isAvailable("set-current-challenge")).toBe(false);
		await h.open("N.md");
		expect(h.isAvailable("set-current-challenge")).toBe(true);
	});

	it("waits for the index when run before it is ready", async () => {
		const h = await loadPlugin({ files: { "Old.md": "---\ntags: [challenge]\nstatus: current\n---\nx", "New.md": "y" } });
		// A second instance of the flow: pretend indexing has not finished yet.
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		const ctx = Object.create(h.ctx, { isReady: { value: false }, whenReady: { value: () => gate } }) as typeof h.ctx;
		const { setCurrentChallenge } = await import("../../../src/features/challenge/setCurrentChallenge");
		const done = setCurrentChallenge(ctx, "New.md");
		await h.settle();
		expect(h.read("New.md")).toBe("y");
		release();
		await done;
		await h.settle();
		expect(h.read("Old.md")).toContain("status: active");
		expect(h.read("New.md")).toContain("status: current");
	});
});
