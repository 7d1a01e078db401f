/**
 * Obsidian's element factories (`createEl`, `createDiv`, `createSpan`, `createSvg`,
 * `createFragment`), which take a `DomElementInfo` (or a class string) and a callback.
 */
export interface DomElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function classes(cls: string | string[]): string[] {
	return (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c.length > 0);
}

function place(el: Element, parent: Node | undefined, prepend: boolean | undefined): void {
	if (!parent) return;
	if (prepend) parent.insertBefore(el, parent.firstChild);
	else parent.appendChild(el);
}

function setAttrs(el: Element, attr: DomElementInfo["attr"]): void {
	for (const [k, v] of Object.entries(attr ?? {})) {
		if (v === null) el.removeAttribute(k);
		else el.setAttribute(k, String(v));
	}
}

export function createElIn<K extends keyof HTMLElementTagNameMap>(
	doc: Document,
	tag: K,
	o?: DomElementInfo | string,
	callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	const el = doc.createElement(tag);
	const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	if (info.cls) el.classList.add(...classes(info.cls));
	if (info.text !== undefined) {
		if (typeof info.text === "string") el.textContent = info.text;
		else el.appendChild(info.text);
	}
	setAttrs(el, info.attr);
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined && "type" in el) (el as HTMLInputElement).type = info.type;
	if (info.placeholder !== undefined && "placeholder" in el) (el as HTMLInputElement).placeholder = info.placeholder;
	if (info.href !== undefined) el.setAttribute("href", info.href);
	place(el, info.parent, info.prepend);
	callback?.(el);
	return el;
}

export interface SvgElementInfo {
	cls?: string | string[];
	attr?: Record<string, string | number | boolean | null>;
	parent?: Node;
	prepend?: boolean;
}

export function createSvgIn<K extends keyof SVGElementTagNameMap>(
	doc: Document,
	tag: K,
	o?: SvgElementInfo | string,
	callback?: (el: SVGElementTagNameMap[K]) => void,
): SVGElementTagNameMap[K] {
	const el = doc.createElementNS("http://www.w3.org/2000/svg", tag);
	const info: SvgElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	if (info.cls) el.classList.add(...classes(info.cls));
	setAttrs(el, info.attr);
	place(el, info.parent, info.prepend);
	callback?.(el);
	return el;
}
