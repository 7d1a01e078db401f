/**
 * Screenshots of the sidebar as a user sees it (light, dark, a 360 px phone,
 * Chinese) in test-results/, the light one also as the README's docs/screenshot.png.
 * Each also checks what a look would catch: nothing wider than the sidebar.
 */
import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp, RESULTS_DIR, ROOT, type PageOptions } from "./support/session";

const CHALLENGE = "Challenges/Ship a Rust CLI in 30 days.md";

/** Grows the window to the sidebar's content, so one picture shows all four parts. */
async function fitHeight(page: Page): Promise<void> {
	const needed = await page.evaluate(() => {
		const content = document.querySelector(".mod-right-split .view-content")!;
		// A little air below the last part, as in a window taller than the content.
		return Math.ceil(content.getBoundingClientRect().top + content.scrollHeight + 24);
	});
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: size.width, height: Math.min(Math.max(needed, 640), 2400) });
}

/** Elements of the sidebar that stick out of it (sideways overflow a user would have to scroll to). */
async function overflowing(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const side = document.querySelector(".jitl-sidebar")!.getBoundingClientRect();
		const out: string[] = [];
		for (const el of document.querySelectorAll(".jitl-sidebar *")) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || el.closest(".jitl-hidden")) continue;
			if (r.right > side.right + 0.5 || r.left < side.left - 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.left)}–${Math.round(r.right)})`);
		}
		const scroller = document.querySelector(".mod-right-split .view-content")!;
		if (scroller.scrollWidth > scroller.clientWidth) out.push(`sidebar scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
		return out;
	});
}

async function shoot(name: string, opts: PageOptions): Promise<string> {
	const page = await openApp({ open: CHALLENGE, ...opts });
	await fitHeight(page);
	// Nothing hovered or focused, no caret blinking in the editor.
	await page.mouse.move(0, 0);
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	expect(await overflowing(page)).toEqual([]);
	mkdirSync(RESULTS_DIR, { recursive: true });
	const file = join(RESULTS_DIR, name);
	await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
	expect(statSync(file).size).toBeGreaterThan(10_000);
	return file;
}

describe("screenshots", () => {
	it("light theme, also the README's screenshot", async () => {
		const file = await shoot("sidebar-light.png", { theme: "light" });
		mkdirSync(join(ROOT, "docs"), { recursive: true });
		copyFileSync(file, join(ROOT, "docs", "screenshot.png"));
	});

	it("dark theme", async () => {
		await shoot("sidebar-dark.png", { theme: "dark" });
	});

	it("360 px wide phone", async () => {
		await shoot("sidebar-mobile-360.png", { theme: "light", width: 360, height: 760 });
	});

	it("Simplified Chinese", async () => {
		await shoot("sidebar-zh.png", { theme: "light", language: "zh" });
	});

	it("empty vault", async () => {
		await shoot("sidebar-empty.png", { theme: "light", vault: "empty", open: undefined });
	});
});
