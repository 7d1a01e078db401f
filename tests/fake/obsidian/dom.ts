/**
 * Installs the helpers Obsidian adds to the DOM and to built-ins (see the `declare
 * global` block of obsidian.d.ts) on a window, e.g. happy-dom's or a browser's.
 */
import { createElIn, createSvgIn, type DomElementInfo, type SvgElementInfo } from "./domCreate";

type AnyFn = (...args: never[]) => unknown;

function define(target: object, members: Record<string, AnyFn>): void {
	for (const [name, value] of Object.entries(members)) {
		Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
	}
}

function getter(target: object, name: string, get: (this: never) => unknown): void {
	Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

interface Delegated {
	selector: string;
	listener: AnyFn;
	options?: boolean | AddEventListenerOptions;
	callback: EventListener;
}

type WithEvents = EventTarget & { _EVENTS?: Record<string, Delegated[]> };

function delegatedOn(this: WithEvents, type: string, selector: string, listener: AnyFn, options?: boolean | AddEventListenerOptions): void {
	const callback: EventListener = (ev) => {
		const target = ev.target as Element | null;
		const match = target?.closest?.(selector) ?? null;
		if (match && (!(this instanceof Node) || this.contains(match))) (listener as (ev: Event, t: Element) => unknown).call(this, ev, match);
	};
	this._EVENTS ??= {};
	(this._EVENTS[type] ??= []).push({ selector, listener, options, callback });
	this.addEventListener(type, callback, options);
}

function delegatedOff(this: WithEvents, type: string, selector: string, listener: AnyFn, options?: boolean | AddEventListenerOptions): void {
	const list = this._EVENTS?.[type] ?? [];
	for (const entry of list.filter((e) => e.selector === selector && e.listener === listener)) {
		this.removeEventListener(type, entry.callback, options);
		list.splice(list.indexOf(entry), 1);
	}
}

/** The check behind Obsidian's `instanceOf` helpers (a prototype-chain test). */
function isInstance(value: object, type: abstract new (...args: never[]) => unknown): boolean {
	return Object.prototype.isPrototypeOf.call(type.prototype, value);
}

/** Sets inline style properties, like Obsidian's `setCssProps`. */
function setCssProps(el: HTMLElement | SVGElement, props: Record<string, string>): void {
	for (const [name, value] of Object.entries(props)) el.style.setProperty(name, value);
}

function isShown(this: HTMLElement): boolean {
	if (!this.isConnected) return false;
	let el: HTMLElement | null = this.parentElement;
	if (this.style.display === "none") return false;
	for (; el; el = el.parentElement) if (el.style.display === "none") return false;
	return true;
}

function onNodeInserted(this: HTMLElement, listener: () => unknown, once?: boolean): () => void {
	const win = this.ownerDocument.defaultView as Window & typeof globalThis;
	let done = false;
	const fire = () => {
		if (done) return;
		listener();
		if (once) stop();
	};
	const observer = new win.MutationObserver(() => {
		if (this.isConnected) fire();
	});
	const stop = () => {
		done = true;
		observer.disconnect();
	};
	observer.observe(this.ownerDocument, { childList: true, subtree: true });
	if (this.isConnected) queueMicrotask(fire);
	return stop;
}

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

function installGlobals(win: Window & typeof globalThis, doc: Document): void {
	const globals: Record<string, unknown> = {
		createEl: (tag: keyof HTMLElementTagNameMap, o?: DomElementInfo | string, cb?: AnyFn) => createElIn(doc, tag, o, cb as never),
		createDiv: (o?: DomElementInfo | string, cb?: AnyFn) => createElIn(doc, "div", o, cb as never),
		createSpan: (o?: DomElementInfo | string, cb?: AnyFn) => createElIn(doc, "span", o, cb as never),
		createSvg: (tag: keyof SVGElementTagNameMap, o?: SvgElementInfo | string, cb?: AnyFn) => createSvgIn(doc, tag, o, cb as never),
		createFragment: (cb?: (el: DocumentFragment) => void) => {
			const frag = doc.createDocumentFragment();
			cb?.(frag);
			return frag;
		},
		isBoolean: (obj: unknown) => typeof obj === "boolean",
		fish: (selector: string) => doc.querySelector(selector),
		fishAll: (selector: string) => Array.from(doc.querySelectorAll(selector)),
		ready: (fn: () => unknown) => (doc.readyState === "loading" ? doc.addEventListener("DOMContentLoaded", fn) : fn()),
		sleep: (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)),
		nextFrame: () => new Promise<void>((resolve) => win.setTimeout(resolve, 0)),
		activeWindow: win,
		activeDocument: doc,
	};
	for (const target of new Set<object>([win, globalThis])) {
		for (const [name, value] of Object.entries(globals)) {
			Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
		}
	}
	getter(win.UIEvent.prototype, "targetNode", function (this: UIEvent) {
		return this.target instanceof win.Node ? this.target : null;
	});
	getter(win.UIEvent.prototype, "win", () => win);
	getter(win.UIEvent.prototype, "doc", () => doc);
	define(win.UIEvent.prototype, {
		instanceOf(this: UIEvent, type: new (...args: never[]) => unknown) {
			return isInstance(this, type);
		},
	});
}

function installBuiltins(win: Window & typeof globalThis): void {
	const G = globalThis;
	define(G.Array.prototype, {
		first(this: unknown[]) {
			return this[0];
		},
		last(this: unknown[]) {
			return this[this.length - 1];
		},
		contains(this: unknown[], target: unknown) {
			return this.includes(target);
		},
		remove(this: unknown[], target: unknown) {
			for (let i = this.indexOf(target); i >= 0; i = this.indexOf(target)) this.splice(i, 1);
		},
		shuffle(this: unknown[]) {
			for (let i = this.length - 1; i > 0; i--) {
				const j = Math.floor(Math.random() * (i + 1));
				[this[i], this[j]] = [this[j], this[i]];
			}
			return this;
		},
		unique(this: unknown[]) {
			return [...new Set(this)];
		},
	});
	define(G.Array, { combine: (arrays: unknown[][]) => ([] as unknown[]).concat(...arrays) });
	define(G.Math, {
		clamp: (value: number, min: number, max: number) => Math.min(Math.max(value, min), max),
		square: (value: number) => value * value,
	});
	define(G.String, { isString: (obj: unknown) => typeof obj === "string" });
	define(G.String.prototype, {
		contains(this: string, target: string) {
			return this.includes(target);
		},
		format(this: string, ...args: string[]) {
			return this.replace(/{(\d+)}/g, (m, i: string) => args[Number(i)] ?? m);
		},
	});
	define(G.Number, { isNumber: (obj: unknown) => typeof obj === "number" });
	define(G.Object, {
		isEmpty: (obj: Record<string, unknown>) => Object.keys(obj).length === 0,
		each: (obj: Record<string, unknown>, cb: (value: unknown, key?: string) => boolean | void, ctx?: unknown) => {
			for (const [k, v] of Object.entries(obj)) if (cb.call(ctx, v, k) === false) return false;
			return true;
		},
	});
	void win;
}
