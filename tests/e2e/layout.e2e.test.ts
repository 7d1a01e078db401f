/**
 * The sidebar's frame: collapsed parts stay collapsed when the view is
 * re-created and after a restart; a re-render does not move anything; an
 * empty vault says in each part what to do next.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp, restart, settle } from "./support/session";

const PARTS = ["challenge", "topics", "justInCase", "practice"];

async function collapsedParts(page: Page): Promise<string[]> {
	return page.evaluate((ids) => ids.filter((id) => document.querySelector(`.jitl-part-${id}`)?.classList.contains("is-collapsed")), PARTS);
}

describe("sidebar layout", () => {
	it("shows the four parts in the contract's order", async () => {
		const page = await openApp();
		const order: string[] = await page.locator(".jitl-sidebar > .jitl-part").evaluateAll((els: Element[]) => els.map((el) => el.getAttribute("class") ?? ""));
		expect(order.map((c) => PARTS.find((id) => c.split(" ").includes(`jitl-part-${id}`)))).toEqual(PARTS);
	});

	it("remembers a collapsed part across a re-created view and a restart", async () => {
		const page = await openApp();
		const header = page.locator(".jitl-part-topics .jitl-part-header");
		expect(await header.getAttribute("aria-expanded")).toBe("true");
		await header.click();
		expect(await collapsedParts(page)).toEqual(["topics"]);
		expect(await header.getAttribute("aria-expanded")).toBe("false");
		expect(await page.locator(".jitl-part-topics .jitl-part-body").isVisible()).toBe(false);

		await page.evaluate(() => window.jitl.reopenSidebar());
		expect(await collapsedParts(page)).toEqual(["topics"]);

		await restart(page);
		expect(await collapsedParts(page)).toEqual(["topics"]);
		expect(await page.locator(".jitl-part-topics .jitl-part-body").isVisible()).toBe(false);

		// Expanding with the keyboard is remembered too.
		await page.locator(".jitl-part-topics .jitl-part-header").focus();
		await page.keyboard.press("Enter");
		expect(await collapsedParts(page)).toEqual([]);
		await restart(page);
		expect(await collapsedParts(page)).toEqual([]);
		expect(await page.locator(".jitl-part-topics .jitl-part-body").isVisible()).toBe(true);
	});

	it("does not move anything when it re-renders after a change", async () => {
		const page = await openApp({ height: 600 });
		const scroller = page.locator(".mod-right-split .view-content");
		await scroller.evaluate((el) => el.scrollTo(0, 200));
		const snapshot = () =>
			page.evaluate(() => ({
				scroll: document.querySelector(".mod-right-split .view-content")!.scrollTop,
				tops: [...document.querySelectorAll(".jitl-part")].map((el) => Math.round(el.getBoundingClientRect().top)),
				height: document.querySelector(".jitl-sidebar")!.getBoundingClientRect().height,
			}));
		const before = await snapshot();
		expect(before.scroll).toBe(200);
		// A change to a note the sidebar lists (a learning note) re-renders every part.
		await page.evaluate(() => window.jitl.touchNote("Learning/Rustacean Station.md", "\nA new line.\n"));
		await settle(page);
		const shifts: number[] = [];
		await page.evaluate(() => {
			window.__shifts = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) window.__shifts!.push(e.value);
			}).observe({ type: "layout-shift", buffered: false });
		});
		// Mark the rendered rows, to see that the change really rebuilt them.
		await page.evaluate(() => document.querySelectorAll(".jitl-park-row").forEach((el) => el.setAttribute("data-e2e-old", "")));
		await page.evaluate(() => window.jitl.touchNote("Learning/Rustacean Station.md", "\nAnother line.\n"));
		await settle(page);
		expect(await page.locator(".jitl-park-row").count()).toBeGreaterThan(0);
		expect(await page.locator("[data-e2e-old]").count(), "the sidebar re-rendered").toBe(0);
		shifts.push(...(await page.evaluate(() => window.__shifts ?? [])));
		expect(await snapshot()).toEqual(before);
		expect(shifts).toEqual([]);
	});

	it("says in each part what to do next when the vault is empty", async () => {
		const page = await openApp({ vault: "empty" });
		for (const id of PARTS) {
			const empty = page.locator(`.jitl-part-${id} .jitl-empty`);
			expect(await empty.count(), `${id} has an empty state`).toBe(1);
			expect((await empty.locator(".jitl-empty-text").textContent())?.trim().length, `${id} says what is missing`).toBeGreaterThan(0);
			expect((await empty.locator(".jitl-empty-hint").textContent())?.trim().length, `${id} says what to do`).toBeGreaterThan(0);
		}
		await settle(page);
	});
});
