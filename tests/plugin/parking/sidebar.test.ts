import { describe, expect, it } from "vitest";
import type { SidebarView } from "../../../src/view/SidebarView";
import { useFixedClock } from "../clock";
import { partBody, partCount } from "../dom";
import { loadPlugin } from "../harness";

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 27, 10, 0).getTime();
const J = "Just in case";

useFixedClock(NOW);

const fm = (lines: string[]) => `---\n${lines.join("\n")}\n---\n`;
const at = (content: string, daysAgo: number) => ({ content, mtime: NOW - daysAgo * DAY });

const VAULT = {
	"Challenges/Learn Rust.md": at(`${fm(["tags: [challenge, rust]", "status: current"])}# Learn Rust\nRead [[Linked from challenge]].\n`, 0),
	"Challenges/Side quest.md": at(`${fm(["tags: [challenge]"])}side\n`, 3),
	"Challenges/Write a book.md": at(`${fm(["tags: [challenge/writing]", "status: active"])}book\n`, 1),
	"Challenges/Finished.md": at(`${fm(["tags: [challenge]", "status: done"])}done\n`, 0),
	"Learning/Spaced repetition.md": at(`${fm(["tags: [方法论]"])}x\n`, 5),
	"Learning/Feynman.md": at(`${fm(["tags: [方法论]"])}x\n`, 1),
	"Learning/Deep reading.md": at(`${fm(["tags: [方法论/reading]"])}x\n`, 2),
	"Learning/Plain.md": at("no topic tag\n", 0),
	[`${J}/Parked method.md`]: at(`${fm(["tags: [方法论]", "parked: 2026-11-01"])}x\n`, 9),
	[`${J}/Parked challenge.md`]: at(`${fm(["tags: [challenge]", "parked: 2026-11-26"])}only the challenge tag\n`, 1),
	[`${J}/Lifetimes.md`]: at(`${fm(["parked: 2026-11-10"])}about #rust lifetimes\n`, 17),
	[`${J}/Async.md`]: at(`${fm(["tags: [rust/async]", "parked: 2026-11-20"])}nested tag\n`, 7),
	[`${J}/Links to.md`]: at(`${fm(["parked: 2026-11-05"])}back to [[Learn Rust]]\n`, 22),
	[`${J}/Linked from challenge.md`]: at(`${fm(["parked: 2026-11-25"])}the challenge points here\n`, 2),
	[`${J}/Old idea.md`]: at(`${fm(["parked: 2026-11-20"])}old\n`, 7),
	[`${J}/Ancient/Deep idea.md`]: at(`${fm(["parked: 2025-01-01"])}older\n`, 700),
	[`${J}/Dragged in.md`]: at("no parked property\n", 3),
};

/** The part's header count, or null while it is hidden. */
function badge(view: SidebarView, id: string): string | null {
	const el = partCount(view, id);
	return el.hasClass("jitl-hidden") ? null : el.textContent;
}

/** Each group as [title, count, rows as "title | meta"]. */
function groups(body: HTMLElement): [string, string, string[]][] {
	return [...body.querySelectorAll<HTMLElement>(".jitl-park-group")].map((g) => [
		g.querySelector(".jitl-park-group-title")?.textContent ?? "",
		g.querySelector(".jitl-park-group-count")?.textContent ?? "",
		[...g.querySelectorAll<HTMLElement>(".jitl-park-row")].map((r) => {
			const meta = r.querySelector(".jitl-park-meta")?.textContent;
			const title = r.querySelector(".jitl-park-title")?.textContent ?? "";
			return meta ? `${title} | ${meta}` : title;
		}),
	]);
}

const waitForRender = () => new Promise((r) => setTimeout(r, 250));

describe("sidebar: just-in-time topics", () => {
	it("groups learning notes by topic tag, recent first, then the other active challenges", async () => {
		const h = await loadPlugin({ files: VAULT });
		const view = await h.openSidebar();
		expect(groups(partBody(view, "topics"))).toEqual([
			["#方法论", "2", ["Feynman", "Spaced repetition"]],
			["#方法论/reading", "1", ["Deep reading"]],
			["Other challenges", "2", ["Write a book", "Side quest"]],
		]);
		expect(badge(view, "topics")).toBe("5");
	});

	it("opens a note from its row, by click or by keyboard", async () => {
		const h = await loadPlugin({ files: VAULT });
		const view = await h.openSidebar();
		const row = (title: string) =>
			[...partBody(view, "topics").querySelectorAll<HTMLElement>(".jitl-park-row")].find((r) => r.textContent === title);
		row("Feynman")?.click();
		await h.settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe("Learning/Feynman.md");
		const side = row("Side quest");
		expect(side?.getAttribute("tabindex")).toBe("0");
		side?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await h.settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe("Challenges/Side quest.md");
	});

	it("says what to do when there is nothing to show", async () => {
		const h = await loadPlugin({ files: { "a.md": "plain" } });
		const view = await h.openSidebar();
		expect(partBody(view, "topics").textContent).toBe("No learning notes yet.Tag a note with #方法论 to list it here, grouped by topic.");
		expect(badge(view, "topics")).toBeNull();
	});
});

describe("sidebar: just in case", () => {
	it("lists what came up first, with why, then the rest by parked date with age", async () => {
		const h = await loadPlugin({ files: VAULT });
		const view = await h.openSidebar();
		expect(groups(partBody(view, "justInCase"))).toEqual([
			[
				"Came up",
				"4",
				[
					"Linked from challenge | Linked from the challenge",
					"Async | #rust",
					"Lifetimes | #rust",
					"Links to | Links to the challenge",
				],
			],
			[
				"Parked",
				"5",
				[
					"Parked challenge | yesterday",
					"Old idea | 7 days ago",
					"Parked method | 3 weeks ago",
					"Deep idea | 23 months ago",
					"Dragged in | 3 days ago",
				],
			],
		]);
		expect(badge(view, "justInCase")).toBe("9");
	});
});

describe("sidebar: relevance follows both sides", () => {
	it("brings a note up when the challenge gains its tag, and down when it loses it", async () => {
		const h = await loadPlugin({ files: VAULT });
		const view = await h.openSidebar();
		const cameUp = () => groups(partBody(view, "justInCase"))[0][2];
		expect(cameUp()).not.toContain("Old idea | #traits");
		await h.app.vault.modify(h.file(`${J}/Old idea.md`), `${fm(["parked: 2026-11-20", "tags: [traits]"])}old\n`);
		await h.settle();
		await waitForRender();
		expect(cameUp()).not.toContain("Old idea | #traits");
		const challenge = "Challenges/Learn Rust.md";
		await h.app.vault.modify(h.file(challenge), `${fm(["tags: [challenge, rust, traits]", "status: current"])}# Learn Rust\n`);
		await h.settle();
		await waitForRender();
		expect(cameUp()).toContain("Old idea | #traits");
		// The challenge no longer links to it: that one drops back to the rest.
		expect(cameUp()).not.toContain("Linked from challenge | Linked from the challenge");
	});

	it("brings a note up when it starts linking to the challenge", async () => {
		const h = await loadPlugin({ files: VAULT });
		const view = await h.openSidebar();
		await h.app.vault.modify(h.file(`${J}/Old idea.md`), `${fm(["parked: 2026-11-20"])}see [[Learn Rust]]\n`);
		await h.settle();
		await waitForRender();
		expect(groups(partBody(view, "justInCase"))[0][2]).toContain("Old idea | Links to the challenge");
	});

	it("does not bring up an idea just because it was parked during the challenge", async () => {
		const h = await loadPlugin({ files: { "Notes/Src.md": "an unrelated idea\n", "C.md": `${fm(["tags: [challenge]", "status: current"])}x` } });
		const editor = (await h.open("Notes/Src.md")).editor;
		editor.setCursor({ line: 0, ch: 0 });
		h.runCommand("park-idea");
		await h.settle();
		expect(h.read(`${J}/an unrelated idea.md`)).toContain('challenge: "[[C]]"');
		const view = await h.openSidebar();
		expect(groups(partBody(view, "justInCase"))).toEqual([["Parked", "1", ["an unrelated idea | today"]]]);
	});

	it("shows nothing as came up without a current challenge", async () => {
		const files = { ...VAULT, "Challenges/Learn Rust.md": at(`${fm(["tags: [challenge, rust]", "status: active"])}x\n`, 0) };
		const h = await loadPlugin({ files });
		const view = await h.openSidebar();
		expect(groups(partBody(view, "justInCase")).map((g) => g[0])).toEqual(["Parked"]);
	});
});

describe("sidebar: long lists and empty states", () => {
	it("renders fifty rows, then fifty more per press of a keyboard-reachable button", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 120; i++) files[`${J}/n${String(i).padStart(3, "0")}.md`] = `${fm([`parked: 2026-11-${String(1 + (i % 26)).padStart(2, "0")}`])}x`;
		const h = await loadPlugin({ files });
		const view = await h.openSidebar();
		const body = partBody(view, "justInCase");
		const rows = () => body.querySelectorAll(".jitl-park-row").length;
		const more = () => body.querySelector<HTMLButtonElement>("button.jitl-park-more");
		expect(rows()).toBe(50);
		expect(more()?.textContent).toBe("Show more (70 left)");
		more()?.click();
		expect(rows()).toBe(100);
		expect(more()?.textContent).toBe("Show more (20 left)");
		more()?.click();
		expect(rows()).toBe(120);
		expect(more()).toBeNull();
		// Focus moves to the first row that appeared, not lost with the button.
		expect(document.activeElement).toBe(body.querySelectorAll(".jitl-park-row")[100]);
		expect(badge(view, "justInCase")).toBe("120");
		// What was shown stays shown when the view re-renders.
		view.render();
		expect(partBody(view, "justInCase").querySelectorAll(".jitl-park-row").length).toBe(120);
	});

	it("renders one page, not thousands of rows, for a big folder", async () => {
		const files: Record<string, string> = { "Challenges/C.md": `${fm(["tags: [challenge, rust]", "status: current"])}x` };
		for (let i = 0; i < 3000; i++) files[`${J}/idea ${i}.md`] = `${fm(["parked: 2026-11-01", i % 100 === 0 ? "tags: [rust]" : "tags: []"])}x`;
		const h = await loadPlugin({ files });
		const view = await h.openSidebar();
		view.render();
		const body = partBody(view, "justInCase");
		expect(groups(body).map((g) => [g[0], g[1], g[2].length])).toEqual([
			["Came up", "30", 30],
			["Parked", "2,970", 50],
		]);
		expect(badge(view, "justInCase")).toBe("3,000");
		expect(body.querySelectorAll(".jitl-park-row").length).toBe(80);
	}, 30_000);

	it("says how to park something when nothing is parked", async () => {
		const h = await loadPlugin({ files: { "a.md": "x" } });
		const view = await h.openSidebar();
		const body = partBody(view, "justInCase");
		expect(body.querySelector(".jitl-empty-text")?.textContent).toBe("Nothing parked yet.");
		expect(body.querySelector(".jitl-empty-hint")?.textContent).toContain("park");
		expect(badge(view, "justInCase")).toBeNull();
	});

	it("keeps the four parts in the contract's order", async () => {
		const h = await loadPlugin({ files: VAULT });
		const view = await h.openSidebar();
		const ids = [...view.contentEl.querySelectorAll(".jitl-part")].map((p) => [...p.classList].find((c) => c.startsWith("jitl-part-")));
		expect(ids).toEqual(["jitl-part-challenge", "jitl-part-topics", "jitl-part-justInCase", "jitl-part-practice"]);
	});

	it("speaks Chinese when Obsidian does", async () => {
		const h = await loadPlugin({ files: VAULT, language: "zh" });
		const view = await h.openSidebar();
		const g = groups(partBody(view, "justInCase"));
		expect(g.map((x) => x[0])).toEqual(["相关", "已搁置"]);
		expect(g[1][2][0]).toBe("Parked challenge | 昨天");
		expect(g[1][2][1]).toBe("Old idea | 7天前");
		expect(g[0][2][0]).toBe("Linked from challenge | 被当前挑战链接");
		expect(groups(partBody(view, "topics"))[2][0]).toBe("其他挑战");
	});
});
