import { MarkdownView } from "obsidian";
import { describe, expect, it, vi } from "vitest";
import { setNow, useFixedClock } from "../clock";
import { buttonNamed, partBody, partCount } from "../dom";
import { loadPlugin } from "../harness";
import { challenge } from "./session";

const RUST = "Rust.md";

const LOG = [
	"## Practice log",
	"- 2026-11-27 09:00 · 20 min",
	"- 2026-11-26 · 45 min",
	"- 2026-11-25 | 40m",
	"- 2026-11-24 soon",
	"- 2026-11-23 — 1h",
	"- 2026-11-22 · 10 min",
	"- yesterday, half an hour",
	"",
	"## Other",
	"- 2026-11-27 · 500 min",
	"",
].join("\n");

const NOTE = challenge({ extra: "daily_goal: 40\ndeadline: 2026-11-30\n", body: LOG });

useFixedClock("2026-11-27T18:00:00");

async function part(files: Record<string, string>, language: "en" | "zh" = "en") {
	const h = await loadPlugin({ files, language });
	const view = await h.openSidebar();
	const el = () => partBody(view, "practice");
	const badge = () => partCount(view, "practice");
	return { h, view, el, badge };
}

const cellLabels = (el: HTMLElement) => [...el.querySelectorAll(".jitl-heat-cell[aria-label]")].map((c) => c.getAttribute("aria-label"));

describe("the practice part of the sidebar", () => {
	it("shows today's minutes against the challenge's daily_goal as a progress bar, and in the header", async () => {
		const { el, badge } = await part({ [RUST]: NOTE });
		expect(el().querySelector(".jitl-practice-today-text")?.textContent).toBe("Today: 20 of 40 min");
		const bar = el().querySelector("[role=progressbar]")!;
		expect(bar.getAttribute("aria-valuenow")).toBe("20");
		expect(bar.getAttribute("aria-valuemax")).toBe("40");
		expect(bar.classList.contains("is-complete")).toBe(false);
		expect(badge().textContent).toBe("20/40 min");
	});

	it("uses the setting's goal when the challenge has none", async () => {
		const { el } = await part({ [RUST]: challenge({ body: LOG }) });
		const bar = el().querySelector("[role=progressbar]")!;
		expect(bar.getAttribute("aria-valuemax")).toBe("30");
	});

	it("shows current and best streak and this week's total", async () => {
		const { el } = await part({ [RUST]: NOTE });
		const stats = [...el().querySelectorAll(".jitl-practice-stat")].map((s) => s.textContent);
		// Goal 40: the 26th and 25th meet it, the 24th breaks the run; Monday to today: 60 + 40 + 45 + 20.
		expect(stats).toEqual(["2 daysStreak", "2 daysBest", "165 minThis week"]);
	});

	it("draws 12 weeks of days with a level class and a date-and-minutes label, days after today left empty", async () => {
		const { el } = await part({ [RUST]: NOTE });
		const cells = [...el().querySelectorAll<HTMLElement>(".jitl-heatmap .jitl-heat-cell")];
		expect(cells).toHaveLength(84);
		const future = cells.filter((c) => c.classList.contains("jitl-heat-future"));
		expect(future).toHaveLength(2);
		expect(future.every((c) => !c.hasAttribute("aria-label") && c.getAttribute("aria-hidden") === "true")).toBe(true);
		const labels = cellLabels(el());
		expect(labels[0]).toBe("Sep 7, 2026: 0 min");
		expect(labels.at(-1)).toBe("Nov 27, 2026: 20 min");
		const byLabel = (label: string) => cells.find((c) => c.getAttribute("aria-label") === label)!;
		expect(byLabel("Nov 26, 2026: 45 min").classList.contains("jitl-heat-4")).toBe(true);
		expect(byLabel("Nov 27, 2026: 20 min").classList.contains("jitl-heat-3")).toBe(true);
		expect(byLabel("Nov 27, 2026: 20 min").classList.contains("is-today")).toBe(true);
		expect(byLabel("Nov 22, 2026: 10 min").classList.contains("jitl-heat-2")).toBe(true);
		expect(byLabel("Nov 24, 2026: 0 min").classList.contains("jitl-heat-0")).toBe(true);
	});

	it("does not count entries under other headings", async () => {
		const { el } = await part({ [RUST]: NOTE });
		expect(cellLabels(el())).not.toContain("Nov 27, 2026: 520 min");
	});

	it("counts unreadable log lines, keeps them, and opens the note at the first one", async () => {
		const { h, el } = await part({ [RUST]: NOTE });
		const box = el().querySelector<HTMLElement>(".jitl-practice-unreadable")!;
		expect(box.querySelector(".jitl-practice-unreadable-text")?.textContent).toBe("2 log lines could not be read");
		expect(box.getAttribute("role")).toBe("button");
		box.click();
		await h.settle();
		const view = h.app.workspace.getActiveViewOfType(MarkdownView)!;
		expect(view.file?.path).toBe(RUST);
		const line = NOTE.split("\n").indexOf("- 2026-11-24 soon");
		expect(view.editor.getCursor().line).toBe(line);
		expect(h.read(RUST)).toBe(NOTE);
	});

	it("says nothing about unreadable lines when there are none", async () => {
		const { el } = await part({ [RUST]: challenge({ body: "## Practice log\n- 2026-11-27 · 5 min\n" }) });
		expect(el().querySelector(".jitl-practice-unreadable")).toBeNull();
	});

	it.each([
		["2026-11-30", "3 days left", null],
		["2026-11-28", "One day left", null],
		["2026-11-27", "Due today", "is-due-today"],
		["2026-11-26", "One day overdue", "is-overdue"],
		["2026-11-20", "7 days overdue", "is-overdue"],
	])("counts down to a deadline of %s: %s", async (deadline, text, cls) => {
		const { el } = await part({ [RUST]: challenge({ extra: `deadline: ${deadline}\n` }) });
		const d = el().querySelector(".jitl-practice-deadline")!;
		expect(d.textContent).toBe(text);
		if (cls) expect(d.classList.contains(cls)).toBe(true);
	});

	it("shows no countdown without a deadline", async () => {
		const { el } = await part({ [RUST]: challenge() });
		expect(el().querySelector(".jitl-practice-deadline")).toBeNull();
	});

	it("starts a session from its button and then shows the ticking timer with a stop button", async () => {
		vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
		setNow("2026-11-27T18:00:00");
		const { h, view, el } = await part({ [RUST]: NOTE });
		const start = buttonNamed(el(), "Start session");
		start.click();
		await h.settle();
		view.render();
		expect(el().querySelector(".jitl-practice-elapsed")?.textContent).toBe("Running: 0:00");
		vi.advanceTimersByTime(125_000);
		expect(el().querySelector(".jitl-practice-elapsed")?.textContent).toBe("Running: 2:05");
		const stop = buttonNamed(el(), "Stop and log");
		stop.click();
		await h.settle();
		expect(h.read(RUST)).toContain("- 2026-11-22 · 10 min\n- yesterday, half an hour\n- 2026-11-27 18:00 · 2 min\n\n## Other");
		view.render();
		expect(el().querySelector(".jitl-practice-elapsed")).toBeNull();
		expect([...el().querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Start session", "Log minutes"]);
	});

	it("re-renders on its own when a session starts from the command", async () => {
		const { h, el } = await part({ [RUST]: NOTE });
		h.runCommand("start-practice");
		await h.settle();
		await new Promise((r) => setTimeout(r, 200));
		expect(el().querySelector(".jitl-practice-elapsed")).not.toBeNull();
	});

	it("shows an empty state without a current challenge, and still a session running on another note", async () => {
		const startedAt = new Date("2026-11-27T17:59:55").getTime();
		const h = await loadPlugin({ files: { [RUST]: challenge({ status: "active" }) }, settings: { runningSession: { challengePath: RUST, startedAt } } });
		const view = await h.openSidebar();
		const el = partBody(view, "practice");
		expect(el.querySelector(".jitl-empty-text")?.textContent).toBe("No current challenge");
		expect(el.querySelector(".jitl-heatmap")).toBeNull();
		expect(el.querySelector(".jitl-practice-elapsed")?.textContent).toBe("Running on “Rust”: 0:05");
		expect([...el.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Stop and log"]);
	});

	it("has no buttons at all without a current challenge or a session", async () => {
		const { el, badge } = await part({ [RUST]: challenge({ status: "active" }) });
		expect(el().querySelectorAll("button")).toHaveLength(0);
		expect(badge().classList.contains("jitl-hidden")).toBe(true);
	});

	it("speaks Chinese when Obsidian does", async () => {
		const { el } = await part({ [RUST]: NOTE }, "zh");
		expect(cellLabels(el()).at(-1)).toBe("2026年11月27日：20 分钟");
		expect(el().querySelector(".jitl-practice-today-text")?.textContent).toBe("今天：20 / 40 分钟");
	});
});
