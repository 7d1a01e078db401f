/**
 * Installs the helpers Obsidian adds to the DOM and to built-ins (see the `declare
 * global` block of obsidian.d.ts) on a window, e.g. happy-dom's or a browser's.
 */
import { createElIn, createSvgIn, type DomElementInfo, type SvgElementInfo } from "./domCreate";
import { installBuiltins, installGlobals } from "./domBuiltins";
import { define, delegatedOff, delegatedOn, getter, isInstance, isShown, onNodeInserted, setCssProps, type AnyFn } from "./domUtil";

export function installDomHelpers(win: Window & typeof globalThis = window): void {
	const doc = win.document;
	const nodeCreate = {
		createEl(this: Node, tag: keyof HTMLElementTagNameMap, o?: DomElementInfo | string, cb?: AnyFn) {
			const info = typeof o === "string" ? { cls: o } : (o ?? {});
			return createElIn(this.ownerDocument ?? doc, tag, { ...info, parent: this }, cb as never);
		},
		createDiv(this: Node, o?: DomElementInfo | string, cb?: AnyFn) {
			return (this as Node & { createEl: AnyFn }).createEl("div" as never, o as never, cb as never);
		},
		createSpan(this: Node, o?: DomElementInfo | string, cb?: AnyFn) {
			return (this as Node & { createEl: AnyFn }).createEl("span" as never, o as never, cb as never);
		},
		createSvg(this: Node, tag: keyof SVGElementTagNameMap, o?: SvgElementInfo | string, cb?: AnyFn) {
			const info = typeof o === "string" ? { cls: o } : (o ?? {});
			return createSvgIn(this.ownerDocument ?? doc, tag, { ...info, parent: this }, cb as never);
		},
	};
	define(win.Node.prototype, {
		...nodeCreate,
		detach(this: Node) {
			this.parentNode?.removeChild(this);
		},
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		insertAfter(this: Node, node: Node, child: Node | null) {
			this.insertBefore(node, child ? child.nextSibling : this.firstChild);
			return node;
		},
		indexOf(this: Node, other: Node) {
			return Array.prototype.indexOf.call(this.childNodes, other);
		},
		setChildrenInPlace(this: Node, children: Node[]) {
			while (this.firstChild) this.removeChild(this.firstChild);
			for (const child of children) this.appendChild(child);
		},
		appendText(this: Node, val: string) {
			this.appendChild((this.ownerDocument ?? doc).createTextNode(val));
		},
		instanceOf(this: Node, type: new () => unknown) {
			return isInstance(this, type);
		},
	});
	getter(win.Node.prototype, "doc", function (this: Node) {
		return this.ownerDocument ?? doc;
	});
	getter(win.Node.prototype, "win", function (this: Node) {
		return (this.ownerDocument ?? doc).defaultView ?? win;
	});
	getter(win.Node.prototype, "constructorWin", () => win);
	const findAll = function (this: ParentNode, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	};
	define(win.Element.prototype, {
		getText(this: Element) {
			return this.textContent ?? "";
		},
		setText(this: Element, val: string | DocumentFragment) {
			if (typeof val === "string") this.textContent = val;
			else {
				while (this.firstChild) this.removeChild(this.firstChild);
				this.appendChild(val);
			}
		},
		addClass(this: Element, ...cls: string[]) {
			this.classList.add(...cls);
		},
		addClasses(this: Element, cls: string[]) {
			this.classList.add(...cls);
		},
		removeClass(this: Element, ...cls: string[]) {
			this.classList.remove(...cls);
		},
		removeClasses(this: Element, cls: string[]) {
			this.classList.remove(...cls);
		},
		toggleClass(this: Element, cls: string | string[], value: boolean) {
			for (const c of Array.isArray(cls) ? cls : [cls]) this.classList.toggle(c, value);
		},
		hasClass(this: Element, cls: string) {
			return this.classList.contains(cls);
		},
		setAttr(this: Element, name: string, value: string | number | boolean | null) {
			if (value === null) this.removeAttribute(name);
			else this.setAttribute(name, String(value));
		},
		setAttrs(this: Element, obj: Record<string, string | number | boolean | null>) {
			for (const [k, v] of Object.entries(obj)) (this as Element & { setAttr: AnyFn }).setAttr(k as never, v as never);
		},
		getAttr(this: Element, name: string) {
			return this.getAttribute(name);
		},
		matchParent(this: Element, selector: string, lastParent?: Element) {
			for (let el = this.parentElement; el && el !== lastParent; el = el.parentElement) if (el.matches(selector)) return el;
			return null;
		},
		getCssPropertyValue(this: Element, property: string, pseudo?: string) {
			return win.getComputedStyle(this, pseudo).getPropertyValue(property);
		},
		isActiveElement(this: Element) {
			return this.ownerDocument.activeElement === this;
		},
		find(this: Element, selector: string) {
			return this.querySelector(selector);
		},
		findAll,
		findAllSelf(this: Element, selector: string) {
			return [...(this.matches(selector) ? [this] : []), ...Array.from(this.querySelectorAll(selector))];
		},
	});
	const styleHelpers = {
		setCssStyles(this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
			Object.assign(this.style, styles);
		},
		setCssProps(this: HTMLElement, props: Record<string, string>) {
			setCssProps(this, props);
		},
	};
	define(win.HTMLElement.prototype, {
		...styleHelpers,
		show(this: HTMLElement) {
			setCssProps(this, { display: "" });
		},
		hide(this: HTMLElement) {
			setCssProps(this, { display: "none" });
		},
		toggle(this: HTMLElement, show: boolean) {
			setCssProps(this, { display: show ? "" : "none" });
		},
		toggleVisibility(this: HTMLElement, visible: boolean) {
			setCssProps(this, { visibility: visible ? "" : "hidden" });
		},
		isShown,
		on: delegatedOn,
		off: delegatedOff,
		onClickEvent(this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
			this.addEventListener("click", listener as EventListener, options);
		},
		onNodeInserted,
		onWindowMigrated(this: HTMLElement) {
			return () => undefined;
		},
		trigger(this: HTMLElement, eventType: string) {
			this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
		},
	});
	getter(win.HTMLElement.prototype, "innerWidth", function (this: HTMLElement) {
		return this.clientWidth;
	});
	getter(win.HTMLElement.prototype, "innerHeight", function (this: HTMLElement) {
		return this.clientHeight;
	});
	define(win.SVGElement.prototype, styleHelpers);
	define(win.DocumentFragment.prototype, {
		find(this: DocumentFragment, selector: string) {
			return this.querySelector(selector);
		},
		findAll,
	});
	define(win.Document.prototype, { on: delegatedOn, off: delegatedOff });
	installBuiltins(win);
	installGlobals(win, doc);
}

