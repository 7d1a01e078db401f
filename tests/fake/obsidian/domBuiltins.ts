/**
 * The helpers Obsidian adds to JavaScript built-ins (Array, Math, String, Number,
 * Object) and the window-level globals (createEl, activeDocument, sleep, ...).
 */
import { createElIn, createSvgIn, type DomElementInfo, type SvgElementInfo } from "./domCreate";
import { define, getter, isInstance, type AnyFn } from "./domUtil";

export function installGlobals(win: Window & typeof globalThis, doc: Document): void {
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

export function installBuiltins(win: Window & typeof globalThis): void {
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
