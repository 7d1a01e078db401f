/**
 * Parking an idea from the editor: a new note in the just-in-case folder with
 * the contract's front matter and the idea as its body, the idea in the source
 * replaced by a link, and the sidebar listing the new note.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openApp, readNote, settle, today, waitForNote } from "./support/session";

const SOURCE = "Inbox/Rust meetup notes.md";
const FOLDER = "Just in case/";

async function newNotes(page: Page, before: string[]): Promise<string[]> {
	await expect.poll(() => page.evaluate(() => window.jitl.listNotes().length), { timeout: 10_000 }).toBeGreaterThan(before.length);
	const after = await page.evaluate(() => window.jitl.listNotes());
	return after.filter((p) => !before.includes(p));
}

function frontMatter(day: string): RegExp {
	return new RegExp(`^---\\nparked: ${day}\\nfrom: "\\[\\[Rust meetup notes\\]\\]"\\nchallenge: "\\[\\[Ship a Rust CLI in 30 days\\]\\]"\\n---\\n`);
}

async function jicCount(page: Page): Promise<number> {
	return Number(await page.locator(".jitl-part-justInCase .jitl-part-count").textContent());
}

describe("park idea", () => {
	it("parks the selection as a new note and replaces it with a link", async () => {
		const page = await openApp({ open: SOURCE });
		const day = await today(page);
		const before = await page.evaluate(() => window.jitl.listNotes());
		const countBefore = await jicCount(page);
		const editor = page.locator("textarea.jitl-e2e-editor");
		const text = await editor.inputValue();
		expect(text).toBe(await readNote(page, SOURCE));
		const idea = "Someone wrote a static site generator in a weekend with `pulldown-cmark`.";
		const start = text.indexOf(idea);
		expect(start).toBeGreaterThan(0);

		await editor.click();
		await editor.evaluate((el: HTMLTextAreaElement, [s, e]) => el.setSelectionRange(s, e), [start, start + idea.length]);
		expect(await page.evaluate(() => window.jitl.runCommand("park-idea"))).toBe(true);

		const [created, ...others] = await newNotes(page, before);
		expect(others).toEqual([]);
		expect(created.startsWith(FOLDER)).toBe(true);
		const title = created.slice(FOLDER.length, -".md".length);
		expect(idea.replace(/`/g, "").startsWith(title)).toBe(true);
		const note = (await readNote(page, created))!;
		expect(note).toMatch(frontMatter(day));
		expect(note.replace(frontMatter(day), "")).toBe(idea);

		const source = await waitForNote(page, SOURCE, (t) => !t.includes(idea), "lost the parked idea");
		expect(source).toBe(text.replace(idea, `[[${title}]]`));
		await expect.poll(() => editor.inputValue()).toBe(source);

		await settle(page);
		await expect.poll(() => page.locator(".jitl-part-justInCase .jitl-park-title", { hasText: title }).count()).toBe(1);
		expect(await jicCount(page)).toBe(countBefore + 1);
	});

	it("parks the cursor's line without its bullet when nothing is selected", async () => {
		const page = await openApp({ open: SOURCE });
		const before = await page.evaluate(() => window.jitl.listNotes());
		const editor = page.locator("textarea.jitl-e2e-editor");
		const text = await editor.inputValue();
		const line = "- `cargo dist` for release binaries.";
		const at = text.indexOf(line) + 8;

		await editor.click();
		await editor.evaluate((el: HTMLTextAreaElement, pos) => el.setSelectionRange(pos, pos), at);
		expect(await page.evaluate(() => window.jitl.runCommand("park-idea"))).toBe(true);

		const [created] = await newNotes(page, before);
		const title = created.slice(FOLDER.length, -".md".length);
		expect(title).toBe("cargo dist for release binaries");
		expect((await readNote(page, created))!.endsWith("\n---\n`cargo dist` for release binaries.")).toBe(true);
		await waitForNote(page, SOURCE, (t) => t === text.replace(line, `- [[${title}]]`), "got the link in place of the line");
	});
});
