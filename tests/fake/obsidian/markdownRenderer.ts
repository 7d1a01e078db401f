/**
 * A small reading-view renderer: headings, paragraphs, lists (with task checkboxes),
 * code blocks, and inline internal links (`a.internal-link` with `data-href`), tags
 * (`a.tag`), external links and code spans. Enough to assert on rendered output.
 */
import { Component } from "./component";
import { make } from "./html";
import { parseMarkdownLink, parseWikilink } from "./markdown/links";
import { isValidTagBody, tagBodyLength } from "./markdown/tagSyntax";

function renderInline(text: string, parent: HTMLElement): void {
	let plain = "";
	const flush = () => {
		if (plain) parent.appendChild(document.createTextNode(plain));
		plain = "";
	};
	for (let i = 0; i < text.length; ) {
		const wiki = text[i] === "[" ? parseWikilink(text, i) : null;
		if (wiki) {
			flush();
			make("a", { cls: "internal-link", text: wiki.displayText, attr: { "data-href": wiki.link, href: wiki.link } }, parent);
			i += wiki.length;
			continue;
		}
		const ext = /^\[([^\]]*)\]\(([a-z][a-z0-9+.-]*:[^)\s]+)\)/i.exec(text.slice(i));
		const md = text[i] === "[" ? parseMarkdownLink(text, i) : null;
		if (md || ext) {
			flush();
			if (md) make("a", { cls: "internal-link", text: md.displayText, attr: { "data-href": md.link, href: md.link } }, parent);
			else if (ext) make("a", { cls: "external-link", text: ext[1], attr: { href: ext[2], target: "_blank", rel: "noopener" } }, parent);
			i += md ? md.length : (ext as RegExpExecArray)[0].length;
			continue;
		}
		if (text[i] === "`") {
			const end = text.indexOf("`", i + 1);
			if (end > i) {
				flush();
				make("code", { text: text.slice(i + 1, end) }, parent);
				i = end + 1;
				continue;
			}
		}
		if (text[i] === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
			const len = tagBodyLength(text, i + 1);
			const body = text.slice(i + 1, i + 1 + len);
			if (isValidTagBody(body)) {
				flush();
				make("a", { cls: "tag", text: `#${body}`, attr: { href: `#${body}` } }, parent);
				i += 1 + len;
				continue;
			}
		}
		plain += text[i++];
	}
	flush();
}

function renderBlocks(markdown: string, el: HTMLElement): void {
	const lines = markdown.replace(/\r\n/g, "\n").split("\n");
	let list: HTMLElement | null = null;
	let paragraph: string[] = [];
	const endParagraph = () => {
		if (paragraph.length > 0) renderInline(paragraph.join(" "), make("p", {}, el));
		paragraph = [];
	};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const fence = /^(`{3,}|~{3,})(.*)$/.exec(line);
		const heading = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/.exec(line);
		const item = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\[(.)\][ \t]+)?(.*)$/.exec(line);
		if (fence) {
			endParagraph();
			list = null;
			const code: string[] = [];
			for (i++; i < lines.length && !lines[i].startsWith(fence[1]); i++) code.push(lines[i]);
			make("code", { text: code.join("\n"), cls: fence[2] ? `language-${fence[2].trim()}` : [] }, make("pre", {}, el));
		} else if (heading) {
			endParagraph();
			list = null;
			renderInline(heading[2], make(`h${heading[1].length}` as "h1", {}, el));
		} else if (item) {
			endParagraph();
			list ??= make(/^[ \t]*\d/.test(line) ? "ol" : "ul", {}, el);
			const li = make("li", {}, list);
			if (item[1] !== undefined) {
				li.classList.add("task-list-item");
				li.setAttribute("data-task", item[1]);
				const box = make("input", { cls: "task-list-item-checkbox", type: "checkbox" }, li);
				box.checked = item[1] !== " ";
			}
			renderInline(item[2], li);
		} else if (line.trim() === "") {
			endParagraph();
			list = null;
		} else {
			list = null;
			paragraph.push(line.trim());
		}
	}
	endParagraph();
}

export abstract class MarkdownRenderer extends Component {
	static async render(app: unknown, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		void app;
		void sourcePath;
		void component;
		await Promise.resolve();
		renderBlocks(markdown, el);
	}

	/** @deprecated in Obsidian; same as `render` without the app. */
	static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		await MarkdownRenderer.render(null, markdown, el, sourcePath, component);
	}
}

export class MarkdownRenderChild extends Component {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}
