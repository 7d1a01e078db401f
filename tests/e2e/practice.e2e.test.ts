/**
 * Logging practice from the sidebar: the modal writes a line under the
 * practice log heading, and today's heatmap cell gets darker and says the minutes.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp, readNote, settle, today, waitForNote } from "./support/session";

const CHALLENGE = "Challenges/Ship a Rust CLI in 30 days.md";

async function todayCell(page: Page): Promise<{ level: number; label: string }> {
	const cell = page.locator(".jitl-part-practice .jitl-heat-cell.is-today");
	await expect.poll(() => cell.count()).toBe(1);
	const cls = (await cell.getAttribute("class")) ?? "";
	const level = Number(/jitl-heat-(\d)/.exec(cls)?.[1] ?? NaN);
	return { level, label: (await cell.getAttribute("aria-label")) ?? "" };
}

function minutesIn(label: string): number {
	const m = /: ([\d,]+) min$/.exec(label);
	if (!m) throw new Error(`no minutes in “${label}”`);
	return Number(m[1].replace(/,/g, ""));
}

describe("log practice", () => {
	it("logs minutes from the sidebar's button and shows them in the heatmap", async () => {
		const page = await openApp();
		const day = await today(page);
		const before = await todayCell(page);
		const minutesBefore = minutesIn(before.label);

		await page.locator(".jitl-part-practice").getByRole("button", { name: "Log minutes" }).click();
		const modal = page.locator(".modal-container .modal");
		await expect.poll(() => modal.isVisible()).toBe(true);
		// The minutes field has the focus: the user just types.
		await page.keyboard.type("25");
		await modal.getByLabel("Comment (optional)").fill("from the browser test");
		await modal.getByRole("button", { name: "Log", exact: true }).click();
		await expect.poll(() => modal.count()).toBe(0);

		const entry = new RegExp(`^- ${day}(?: \\d\\d:\\d\\d)? · 25 min · from the browser test$`, "m");
		const text = await waitForNote(page, CHALLENGE, (t) => entry.test(t), "got the log line");
		const log = text.slice(text.indexOf("## Practice log"));
		expect(log).toMatch(entry);
		expect(text.indexOf("## Practice log")).toBeGreaterThan(0);

		await settle(page);
		const after = await todayCell(page);
		expect(after.level).toBeGreaterThan(before.level);
		expect(minutesIn(after.label)).toBe(minutesBefore + 25);
		expect(await page.locator(".jitl-part-practice .jitl-part-count").textContent()).toMatch(new RegExp(`^${minutesBefore + 25}/\\d+ min$`));

		// Hovering the cell shows its label as the tooltip, as Obsidian does.
		await page.locator(".jitl-part-practice .jitl-heat-cell.is-today").hover();
		await expect.poll(() => page.locator(".tooltip").textContent()).toBe(after.label);
	});

	it("refuses a non-number and says why, keeping the note unchanged", async () => {
		const page = await openApp();
		const original = await readNote(page, CHALLENGE);
		expect(await page.evaluate(() => window.jitl.runCommand("log-practice"))).toBe(true);
		const modal = page.locator(".modal-container .modal");
		await expect.poll(() => modal.isVisible()).toBe(true);
		await page.keyboard.type("half an hour");
		const submit = modal.getByRole("button", { name: "Log", exact: true });
		expect(await submit.isDisabled()).toBe(true);
		await expect.poll(() => modal.locator(".jitl-practice-error:not(.jitl-hidden)").textContent()).toBe("Enter a whole number, such as 30.");
		// Enter does not submit an invalid form either.
		await page.keyboard.press("Enter");
		expect(await modal.isVisible()).toBe(true);
		await modal.getByRole("button", { name: "Cancel" }).click();
		await expect.poll(() => modal.count()).toBe(0);
		await settle(page);
		expect(await readNote(page, CHALLENGE)).toBe(original);
	});
});
