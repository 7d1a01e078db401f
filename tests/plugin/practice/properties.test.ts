import { describe, expect, it } from "vitest";
import { setNow, useFixedClock } from "../clock";
import { buttonNamed, lastModal } from "../dom";
import { type Harness, loadPlugin } from "../harness";
import { body } from "../notes";
import { challenge, logLines, runAt } from "./session";

const RUST = "Rust.md";

useFixedClock();

/** Runs a 30-minute session from 09:00 on 2026-11-27. */
async function logSession(h: Harness) {
	await runAt(h, "start-practice", "2026-11-27T09:00:00");
	await runAt(h, "stop-practice", "2026-11-27T09:30:00");
}

function frontmatter(h: Harness): Record<string, unknown> {
	return h.app.metadataCache.getCache(RUST)?.frontmatter ?? {};
}

describe("practice properties", () => {
	it("sets practice_minutes to the log's total and last_practiced to its latest day, replacing old values", async () => {
		const log = [
			"## Practice log",
			"- 2026-11-20 · 1h 15m · read",
			"- 2026-11-25 08:00 | 20m",
			"- not an entry, kept as is",
			"",
			"## Other",
			"- 2026-11-26 · 500 min",
			"",
		].join("\n");
		const h = await loadPlugin({ files: { [RUST]: challenge({ extra: "practice_minutes: 5\nlast_practiced: 2020-01-01\n", body: log }) } });
		await logSession(h);
		const fm = frontmatter(h);
		expect(fm.practice_minutes).toBe(75 + 20 + 30);
		expect(fm.last_practiced).toBe("2026-11-27");
		expect(h.read(RUST)).toContain("- not an entry, kept as is\n");
		expect(h.read(RUST)).toContain("- 2026-11-26 · 500 min\n");
	});

	it("keeps last_practiced on the latest day when an earlier day is logged", async () => {
		const h = await loadPlugin({ files: { [RUST]: challenge({ body: "## Practice log\n- 2026-11-27 · 10 min\n" }) } });
		setNow("2026-11-28T12:00:00");
		h.runCommand("log-practice");
		const el = lastModal().contentEl;
		const [minutes, , day] = [...el.querySelectorAll("input")];
		minutes.value = "15";
		minutes.dispatchEvent(new Event("input"));
		day.value = "2026-11-02";
		day.dispatchEvent(new Event("change"));
		buttonNamed(el, "Log").click();
		await h.settle();
		expect(frontmatter(h)).toMatchObject({ practice_minutes: 25, last_practiced: "2026-11-27" });
	});

	it("does not count a log heading inside a code block: a real log is added at the end", async () => {
		const fenced = "```markdown\n## Practice log\n- 2026-11-01 · 99 min\n```\n";
		const h = await loadPlugin({ files: { [RUST]: challenge({ body: fenced }) } });
		await logSession(h);
		expect(body(h.read(RUST))).toBe(`# Challenge\n\n${fenced}\n## Practice log\n- 2026-11-27 09:00 · 30 min\n`);
		expect(frontmatter(h).practice_minutes).toBe(30);
	});

	it("leaves the properties alone when the setting is off", async () => {
		const note = challenge({ extra: "practice_minutes: 5\n" });
		const h = await loadPlugin({ files: { [RUST]: note }, settings: { updatePracticeProperties: false } });
		await logSession(h);
		expect(h.read(RUST)).toBe(`${note}## Practice log\n- 2026-11-27 09:00 · 30 min\n`);
	});

	it("still logs the practice when the front matter is broken, and says the properties were not updated", async () => {
		const note = "---\ntags: [challenge\nstatus: current\n---\n# Challenge\n";
		const h = await loadPlugin({ files: { [RUST]: note, "Go.md": challenge() } });
		// The broken note cannot be current (its status is unreadable): log on it through a running session.
		const startedAt = new Date("2026-11-27T09:00:00").getTime();
		await h.ctx.updateSettings({ runningSession: { challengePath: RUST, startedAt } });
		await runAt(h, "stop-practice", "2026-11-27T09:30:00");
		expect(h.read(RUST)).toBe(`${note}\n## Practice log\n- 2026-11-27 09:00 · 30 min\n`);
		const last = h.noticeTexts().at(-1) ?? "";
		expect(last).toMatch(/^Logged 30 min in “Rust”, but its practice_minutes and last_practiced properties could not be updated/);
		expect(h.ctx.settings.runningSession).toBeNull();
	});

	it("is never written in the background: a hand edit of the log does not touch them", async () => {
		const h = await loadPlugin({ files: { [RUST]: challenge() } });
		await logSession(h);
		const file = h.app.vault.getFileByPath(RUST)!;
		await h.app.vault.process(file, (t) => `${t}- 2026-11-27 · 45 min\n`);
		await h.settle();
		expect(logLines(h.read(RUST))).toHaveLength(2);
		expect(frontmatter(h).practice_minutes).toBe(30);
	});
});
