/**
 * The DOM helpers Obsidian adds to every window (`createDiv`, `setText`,
 * `toggleClass`...), installed on any window: a happy-dom Window in a VM, or
 * a real browser page. The built plugin calls them as globals, so a smoke test
 * or a benchmark without them would fail for the wrong reason.
 */

/** Options of `createEl`, as far as the plugin uses them. */
export interface ElInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	type?: string;
	value?: string;
	placeholder?: string;
	href?: string;
	prepend?: boolean;
	parent?: Node;
}

type ElCallback = (el: HTMLElement) => void;
type Proto = Record<string, unknown>;

/** The window parts this file touches; a happy-dom Window and a browser window both fit. */
export interface DomWindow {
	document: Document;
	Node: { prototype: object };
	Element: { prototype: object };
	HTMLElement: { prototype: object };
}

function classes(cls: string | string[]): string[] {
	return (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c !== "");
}

function applyInfo(el: HTMLElement, info: ElInfo | string | undefined): void {
	if (info === undefined) return;
	if (typeof info === "string") {
		el.className = info;
		return;
	}
	if (info.cls !== undefined) el.classList.add(...classes(info.cls));
	if (info.text !== undefined) {
		if (typeof info.text === "string") el.textContent = info.text;
		else el.appendChild(info.text);
	}
	for (const [k, v] of Object.entries(info.attr ?? {})) if (v !== null && v !== false) el.setAttribute(k, String(v));
	for (const key of ["title", "type", "value", "placeholder", "href"] as const) {
		const v = info[key];
		if (v !== undefined) el.setAttribute(key, v);
	}
	if (info.parent) {
		if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
		else info.parent.appendChild(el);
	}
}

/** Installs the helpers on `win` (prototypes and globals); safe to call twice. */
export function installObsidianDom(win: DomWindow): void {
	const doc = win.document;
	const node = win.Node.prototype as Proto;
	if (typeof node.createEl === "function") return;
	function createEl(this: Node | undefined, tag: string, info?: ElInfo | string, cb?: ElCallback): HTMLElement {
		const el = doc.createElement(tag);
		applyInfo(el, info);
		if (this && typeof info === "object" && info.prepend) this.insertBefore(el, this.firstChild);
		else if (this) this.appendChild(el);
		cb?.(el);
		return el;
	}
	node.createEl = createEl;
	node.createDiv = function (this: Node, info?: ElInfo | string, cb?: ElCallback) {
		return createEl.call(this, "div", info, cb);
	};
	node.createSpan = function (this: Node, info?: ElInfo | string, cb?: ElCallback) {
		return createEl.call(this, "span", info, cb);
	};
	node.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	node.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	node.appendText = function (this: Node, text: string) {
		this.appendChild(doc.createTextNode(text));
	};
	node.instanceOf = function (this: Node, type: { prototype: object }) {
		return Object.prototype.isPrototypeOf.call(type.prototype, this);
	};
	const el = win.Element.prototype as Proto;
	el.getText = function (this: Element) {
		return this.textContent ?? "";
	};
	el.setText = function (this: Element, text: string | DocumentFragment) {
		if (typeof text === "string") this.textContent = text;
		else this.replaceChildren(text);
	};
	el.addClass = function (this: Element, ...cls: string[]) {
		this.classList.add(...cls.flatMap(classes));
	};
	el.addClasses = function (this: Element, cls: string[]) {
		this.classList.add(...cls);
	};
	el.removeClass = function (this: Element, ...cls: string[]) {
		this.classList.remove(...cls.flatMap(classes));
	};
	el.removeClasses = function (this: Element, cls: string[]) {
		this.classList.remove(...cls);
	};
	el.toggleClass = function (this: Element, cls: string | string[], on: boolean) {
		for (const c of classes(cls)) this.classList.toggle(c, on);
	};
	el.hasClass = function (this: Element, cls: string) {
		return this.classList.contains(cls);
	};
	el.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	};
	el.setAttrs = function (this: Element, attrs: Record<string, string | number | boolean | null>) {
		for (const [k, v] of Object.entries(attrs)) (this as unknown as Proto & { setAttr(k: string, v: unknown): void }).setAttr(k, v);
	};
	el.getAttr = function (this: Element, name: string) {
		return this.getAttribute(name);
	};
	const html = win.HTMLElement.prototype as Proto;
	const display = (el: HTMLElement, show: boolean) => el.style.setProperty("display", show ? "" : "none");
	html.show = function (this: HTMLElement) {
		display(this, true);
	};
	html.hide = function (this: HTMLElement) {
		display(this, false);
	};
	html.toggle = function (this: HTMLElement, show: boolean) {
		display(this, show);
	};
	html.isShown = function (this: HTMLElement) {
		return this.style.display !== "none";
	};
	html.setCssProps = function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	};
	html.setCssStyles = function (this: HTMLElement, styles: Record<string, string>) {
		Object.assign(this.style, styles);
	};
	const globals = win as unknown as Record<string, unknown>;
	globals.createEl = (tag: string, info?: ElInfo | string, cb?: ElCallback) => createEl.call(undefined, tag, info, cb);
	globals.createDiv = (info?: ElInfo | string, cb?: ElCallback) => createEl.call(undefined, "div", info, cb);
	globals.createSpan = (info?: ElInfo | string, cb?: ElCallback) => createEl.call(undefined, "span", info, cb);
	globals.createFragment = (cb?: (f: DocumentFragment) => void) => {
		const f = doc.createDocumentFragment();
		cb?.(f);
		return f;
	};
	globals.activeWindow = win;
	globals.activeDocument = doc;
}
