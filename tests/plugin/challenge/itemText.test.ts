import { MarkdownRenderer } from "obsidian";
import { describe, expect, it, vi } from "vitest";
import { flush } from "../../fake/obsidian/index";
import { useFixedClock } from "../clock";
import { openPart } from "../dom";
import { loadPlugin } from "../harness";

/**
 * Item texts without Markdown syntax skip the Markdown renderer (a paragraph
 * of the text is what it would make); any text that Markdown could change
 * still goes through it.
 */

useFixedClock(new Date(2026, 10, 27, 8, 0));

const PLAIN_TEXTS = [
	"Read chapter three",
	"学习 方法 复习",
	"Écrire un résumé",
	"Try it (again), then stop; ok? yes! it's \"done\"",
	"Pages 3-5/12 of e.g. part 2.1",
	"One",
];

const MARKDOWN_TEXTS = [
	"Read [[Clap]] docs",
	"Read [the site](https://clap.rs)",
	"Run `cargo test`",
	"Very *important*",
	"Very _important_",
	"Strike ~~this~~",
	"Mark ==this==",
	"Tag #rust here",
	"Solve $x^2$",
	"See www.example.com",
	"See WWW.example.com",
	"See https://example.com",
	"Mail me@example.com",
	"Use <kbd>Ctrl</kbd>",
	"Fish & chips",
	"Escape \\* star",
	"50% done",
	"a|b",
	"Hidden %%comment%%",
	"Braces {x}",
	"Plus + minus",
	"Two  spaces",
	"3. starts with a digit",
	"Ask: no, wait",
	"Ideographic\u3000space",
];

const note = (texts: string[]) => `---\ntags: [challenge]\nstatus: current\n---\n## Action items\n${texts.map((t) => `- [ ] ${t}`).join("\n")}\n`;

describe("an item's text", () => {
	it("without Markdown syntax is a paragraph of the text, made without the renderer", async () => {
		const render = vi.spyOn(MarkdownRenderer, "render");
		const h = await loadPlugin({ files: { "Plain.md": note(PLAIN_TEXTS) } });
		const el = await openPart(h, "challenge");
		expect(render).not.toHaveBeenCalled();
		const texts = [...el.querySelectorAll(".jitl-action-item-text")];
		expect(texts.map((t) => [t.children.length, t.firstElementChild?.tagName, t.textContent])).toEqual(PLAIN_TEXTS.map((t) => [1, "P", t]));
	});

	it("with anything Markdown could change goes through the renderer", async () => {
		const render = vi.spyOn(MarkdownRenderer, "render");
		const h = await loadPlugin({ files: { "Marked.md": note(MARKDOWN_TEXTS) } });
		const el = await openPart(h, "challenge");
		render.mockClear();
		h.view()?.render();
		expect(render.mock.calls.map((c) => c[1])).toEqual(MARKDOWN_TEXTS);
		await flush();
		expect(el.querySelector(".jitl-action-item-text a.internal-link")?.getAttribute("data-href")).toBe("Clap");
	});

	it("without Markdown still asks for its line when clicked", async () => {
		const h = await loadPlugin({ files: { "Plain.md": note(["First", "Second"]) } });
		const el = await openPart(h, "challenge");
		const view = h.view();
		if (!view) throw new Error("no sidebar");
		const open = vi.spyOn(view as unknown as { openNote(path: string, line?: number, newLeaf?: boolean): Promise<void> }, "openNote");
		el.querySelectorAll<HTMLElement>(".jitl-action-item-text p")[1].click();
		expect(open).toHaveBeenCalledWith("Plain.md", 6, false);
	});
});
