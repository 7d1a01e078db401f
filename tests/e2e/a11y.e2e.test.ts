/**
 * Basic accessibility and theming rules, checked on the rendered sidebar:
 * named checkboxes, focusable clickable things, no inline styles but CSS
 * variables, and no colours in styles.css that a theme cannot change.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { hardCodedColours } from "./support/cssColours";
import { openApp, ROOT } from "./support/session";

/** Elements in the sidebar with a click listener, found through the DevTools protocol. */
async function clickableElements(page: Page): Promise<{ desc: string; focusable: boolean; name: string; keyboard: boolean }[]> {
	const cdp = await page.context().newCDPSession(page);
	const { result } = await cdp.send("Runtime.evaluate", { expression: `[...document.querySelectorAll(".jitl-sidebar, .jitl-sidebar *")]` });
	const { result: props } = await cdp.send("Runtime.getProperties", { objectId: result.objectId!, ownProperties: true });
	const found = [];
	for (const prop of props) {
		if (!/^\d+$/.test(prop.name) || !prop.value?.objectId) continue;
		const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: prop.value.objectId });
		if (!listeners.some((l) => l.type === "click")) continue;
		const keyboard = listeners.some((l) => l.type === "keydown" || l.type === "keyup" || l.type === "keypress");
		const { result: info } = await cdp.send("Runtime.callFunctionOn", {
			objectId: prop.value.objectId,
			returnByValue: true,
			functionDeclaration: `function () {
				const native = this.matches("button, a[href], input, select, textarea, summary");
				return {
					desc: this.tagName.toLowerCase() + "." + [...this.classList].join(".") + " “" + (this.textContent || "").trim().slice(0, 40) + "”",
					focusable: native || this.tabIndex >= 0,
					native,
					name: (this.getAttribute("aria-label") || this.textContent || "").trim(),
				};
			}`,
		});
		const v = info.value as { desc: string; focusable: boolean; native: boolean; name: string };
		found.push({ desc: v.desc, focusable: v.focusable, name: v.name, keyboard: keyboard || v.native });
	}
	await cdp.detach();
	return found;
}

describe("accessibility and theming", () => {
	it("names every checkbox for screen readers", async () => {
		const page = await openApp();
		const boxes = await page.locator(".jitl-sidebar input[type=checkbox]").evaluateAll((els) =>
			els.map((el) => {
				const by = el.getAttribute("aria-labelledby");
				const labelled = by ? document.getElementById(by)?.textContent : null;
				const wrapping = el.closest("label")?.textContent;
				return (el.getAttribute("aria-label") ?? labelled ?? wrapping ?? "").trim();
			}),
		);
		expect(boxes.length).toBeGreaterThan(5);
		expect(boxes.filter((name) => name === "")).toEqual([]);
	});

	it("lets the keyboard reach and work everything that reacts to a click", async () => {
		const page = await openApp();
		const clickable = await clickableElements(page);
		expect(clickable.length).toBeGreaterThan(10);
		expect(clickable.filter((c) => !c.focusable).map((c) => c.desc), "clickable but not focusable").toEqual([]);
		expect(clickable.filter((c) => !c.keyboard).map((c) => c.desc), "clickable but no key handler").toEqual([]);
		expect(clickable.filter((c) => c.name === "").map((c) => c.desc), "clickable without a name").toEqual([]);
		// Rows and headers that act as buttons say so.
		const roleless = await page
			.locator(".jitl-part-header, .jitl-park-row")
			.evaluateAll((els: Element[]) => els.filter((el) => el.getAttribute("role") !== "button" && el.tagName !== "BUTTON").map((el) => el.getAttribute("class") ?? ""));
		expect(roleless).toEqual([]);
	});

	it("sets no inline style except CSS variables", async () => {
		const page = await openApp();
		await page.locator(".jitl-part-practice").getByRole("button", { name: "Log minutes" }).click();
		const offenders = await page.evaluate(() =>
			[...document.querySelectorAll(".jitl-sidebar [style], .jitl-sidebar[style], .modal [style]")].flatMap((el) => {
				const style = (el as HTMLElement).style;
				const props = Array.from({ length: style.length }, (_, i) => style[i]);
				return props.filter((p) => !p.startsWith("--")).map((p) => `${el.className}: ${p}`);
			}),
		);
		expect(offenders).toEqual([]);
	});

	it("takes every colour in styles.css from the theme", () => {
		// The check itself must catch what it looks for.
		expect(hardCodedColours(".a {\n\tcolor: #fff;\n}\n.b { background: rgb(0 0 0); }\n.c {\n\tborder-color: white;\n}")).toHaveLength(3);
		expect(hardCodedColours(".a {\n\tcolor: var(--text-normal, #222);\n\tbackground: color-mix(in srgb, var(--color-red) 20%, transparent);\n}")).toEqual([]);
		const css = readFileSync(join(ROOT, "styles.css"), "utf8");
		expect(css.length).toBeGreaterThan(1000);
		expect(hardCodedColours(css)).toEqual([]);
	});
});
