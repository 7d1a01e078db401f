/** The sidebar follows Obsidian's language: Simplified Chinese when getLanguage() says zh. */
import { describe, expect, it } from "vitest";
import { en, zh } from "../../src/i18n/locales";
import { openApp } from "./support/session";

const TITLE_KEYS = ["view.part.challenge", "view.part.topics", "view.part.justInCase", "view.part.practice"] as const;

describe("language", () => {
	it("shows Chinese part titles, buttons and dates with language zh", async () => {
		const page = await openApp({ language: "zh" });
		const titles = await page.locator(".jitl-part-title").allTextContents();
		expect(titles).toEqual(TITLE_KEYS.map((k) => zh[k]));
		expect(titles).not.toEqual(TITLE_KEYS.map((k) => en[k]));
		expect(await page.locator(".jitl-part-practice button", { hasText: zh["practice.timer.log"] }).count()).toBe(1);
		expect(await page.locator(".jitl-part-practice .jitl-heat-cell.is-today").getAttribute("aria-label")).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
		expect(await page.locator(".mod-right-split .workspace-tab-header").getAttribute("aria-label")).toBe(zh["view.title"]);
	});

	it("shows English part titles with language en", async () => {
		const page = await openApp({ language: "en" });
		expect(await page.locator(".jitl-part-title").allTextContents()).toEqual(TITLE_KEYS.map((k) => en[k]));
	});
});
