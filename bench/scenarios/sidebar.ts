/**
 * The sidebar's render in Chromium with 2,000 parked notes, a current
 * challenge of 300 action items and a year of practice: the real plugin on
 * the browser test page (see browser/buildSidebarPage.ts), `view.render()`
 * called 30 times after warm-up. Measured: the render() call itself (the
 * synchronous DOM building the target is about). The details add render plus
 * the style and layout it causes, and renders right after one note changed
 * (a parked note; the current challenge), which must rebuild the sidebar's
 * model where an unchanged index lets the view reuse it.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "../../tests/e2e/support/chromium";
import { generateVault, vaultFiles } from "../generateVault";
import { buildSidebarPage } from "../browser/buildSidebarPage";
import { log, median } from "../lib/measure";
import { emit, limitRow } from "../lib/result";

const RUNS = 30;

interface PageResult {
	withLayout: number[];
	renderOnly: number[];
	afterParkedChange: number[];
	afterChallengeChange: number[];
	parkedRows: number;
	actionItems: number;
	domNodes: number;
}

/**
 * Runs in the page (kept as plain JavaScript text: the bundler's helpers
 * would not exist there). Each run waits for a frame, renders, then forces
 * style and layout by reading a size.
 */
const IN_PAGE = `async (runs, warmup) => {
	if (window.jitlError) throw new Error(window.jitlError);
	const leaf = window.jitl.app.workspace.getLeavesOfType("jit-learning-sidebar")[0];
	const view = leaf && leaf.view;
	if (!view) throw new Error("the sidebar is not open");
	const withLayout = [];
	const renderOnly = [];
	for (let i = 0; i < warmup + runs; i++) {
		await new Promise((r) => requestAnimationFrame(() => r()));
		const start = performance.now();
		view.render();
		const rendered = performance.now();
		void view.containerEl.getBoundingClientRect().height;
		const laidOut = performance.now();
		if (i < warmup) continue;
		renderOnly.push(rendered - start);
		withLayout.push(laidOut - start);
	}
	const index = window.jitl.plugin.context.index;
	const afterChange = async (path) => {
		const times = [];
		for (let i = 0; i < warmup + runs; i++) {
			await new Promise((r) => requestAnimationFrame(() => r()));
			// A new record object, as a change brings (a copy that keeps the record's class, like withBody).
			const record = index.get(path);
			index.upsert(Object.assign(Object.create(Object.getPrototypeOf(record)), record));
			const start = performance.now();
			view.render();
			if (i >= warmup) times.push(performance.now() - start);
		}
		return times;
	};
	const afterParkedChange = await afterChange(index.parkedNotes()[0].path);
	const afterChallengeChange = await afterChange(index.current().chosen.record.path);
	const root = view.containerEl;
	return {
		withLayout,
		renderOnly,
		afterParkedChange,
		afterChallengeChange,
		parkedRows: root.querySelectorAll(".jitl-park-list [role=listitem], .jitl-park-list > *").length,
		actionItems: root.querySelectorAll("input[type=checkbox]").length,
		domNodes: root.querySelectorAll("*").length,
	};
}`;
const WARMUP = 5;
const d = new Date();
const today = [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0")).join("-");
const vault = generateVault({ notes: 2600, parked: 2000, challenges: 20, topics: 150, today, current: { actionItems: 300, practiceDays: 365 } });
/** BENCH_PROFILE=<file.cpuprofile> records a CPU profile of the timed renders (unminified build). */
const profileTo = process.env.BENCH_PROFILE;
const dir = await buildSidebarPage(vaultFiles(vault), !profileTo);
const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const errors: string[] = [];
	page.on("pageerror", (e) => errors.push(e.message));
	page.on("console", (m) => {
		if (m.type() === "error") errors.push(m.text());
	});
	const loadStart = performance.now();
	await page.goto(pathToFileURL(join(dir, "index.html")).href, { waitUntil: "commit" });
	await page.waitForFunction(() => window.jitl?.ready === true || window.jitlError !== undefined, undefined, { timeout: 120_000 });
	log(`sidebar page ready in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
	const cdp = profileTo ? await page.context().newCDPSession(page) : null;
	if (cdp) {
		await cdp.send("Profiler.enable");
		await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
		await cdp.send("Profiler.start");
	}
	const result = await page.evaluate<PageResult>(`(${IN_PAGE})(${RUNS}, ${WARMUP})`);
	if (cdp && profileTo) writeFileSync(profileTo, JSON.stringify((await cdp.send("Profiler.stop")).profile));
	if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join("; ")}`);
	const { withLayout, renderOnly, afterParkedChange, afterChallengeChange, ...shape } = result;
	const details = {
		runs: RUNS,
		withLayoutMs: median(withLayout),
		afterParkedChangeMs: median(afterParkedChange),
		afterChallengeChangeMs: median(afterChallengeChange),
		browser: browser.version(),
		...shape,
	};
	log(`sidebar render: ${median(renderOnly).toFixed(2)} ms ${JSON.stringify(details)}`);
	emit([limitRow({ id: "sidebar-render", scenario: "Sidebar render in Chromium (2,000 parked, 300 items, 1 year)", measured: median(renderOnly), unit: "ms", limit: 16, details })]);
} finally {
	await browser.close();
	rmSync(dir, { recursive: true, force: true });
}
