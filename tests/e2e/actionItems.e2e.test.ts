/**
 * Ticking action items in the sidebar, by mouse and by keyboard, changes
 * exactly the item's line in the challenge note.
 */
import { describe, expect, it } from "vitest";
import { openApp, readNote, settle, today, waitForNote } from "./support/session";

const CHALLENGE = "Challenges/Ship a Rust CLI in 30 days.md";
const ITEM = "Walk the notes folder and read the front matter";

describe("action items", () => {
	it("ticks an item with a click, writing the done date, and unticks it back to the original note", async () => {
		const page = await openApp();
		const original = await readNote(page, CHALLENGE);
		expect(original).toContain(`- [ ] ${ITEM}\n`);
		const day = await today(page);
		const box = page.locator("li.jitl-action-item", { hasText: ITEM }).locator("input[type=checkbox]");
		await expect.poll(() => box.isChecked()).toBe(false);
		const count = page.locator(".jitl-part-challenge .jitl-part-count");
		const [done, total] = ((await count.textContent()) ?? "").split("/").map(Number);
		expect(total).toBeGreaterThan(done);

		await box.click();
		const ticked = await waitForNote(page, CHALLENGE, (t) => t.includes(`- [x] ${ITEM} ✅ ${day}\n`), "got the ticked line");
		// Only that line changed.
		expect(ticked).toBe(original!.replace(`- [ ] ${ITEM}\n`, `- [x] ${ITEM} ✅ ${day}\n`));
		await settle(page);
		expect(await box.isChecked()).toBe(true);
		await expect.poll(() => count.textContent()).toBe(`${done + 1}/${total}`);

		await box.click();
		await waitForNote(page, CHALLENGE, (t) => t === original, "went back to the original text");
		await settle(page);
		expect(await box.isChecked()).toBe(false);
		await expect.poll(() => count.textContent()).toBe(`${done}/${total}`);
	});

	it("reaches a checkbox with Tab and toggles it with Space", async () => {
		const page = await openApp();
		const original = (await readNote(page, CHALLENGE))!;
		const day = await today(page);
		await page.locator(".jitl-part-challenge .jitl-part-header").focus();
		let label: string | null = null;
		for (let i = 0; i < 40 && label === null; i++) {
			await page.keyboard.press("Tab");
			label = await page.evaluate(() => {
				const el = document.activeElement;
				return el instanceof HTMLInputElement && el.type === "checkbox" && !el.checked ? el.getAttribute("aria-label") : null;
			});
		}
		expect(label, "an open action item's checkbox is reachable with Tab").not.toBeNull();
		expect(original).toContain(`[ ] ${label}\n`);

		await page.keyboard.press("Space");
		await waitForNote(page, CHALLENGE, (t) => t.includes(`[x] ${label} ✅ ${day}\n`), `ticked “${label}”`);
		await settle(page);
		// Focus stays usable: the same item is still reachable and now checked.
		const box = page.locator(`input[type=checkbox][aria-label="${label}"]`);
		expect(await box.isChecked()).toBe(true);
	});
});
