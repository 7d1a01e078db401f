/**
 * Shared pieces of the DOM helper installation: property definition and the
 * event/visibility helpers Obsidian adds to elements.
 */
export type AnyFn = (...args: never[]) => unknown;

export function define(target: object, members: Record<string, AnyFn>): void {
	for (const [name, value] of Object.entries(members)) {
		Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
	}
}

export function getter(target: object, name: string, get: (this: never) => unknown): void {
	Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

interface Delegated {
	selector: string;
	listener: AnyFn;
	options?: boolean | AddEventListenerOptions;
	callback: EventListener;
}

type WithEvents = EventTarget & { _EVENTS?: Record<string, Delegated[]> };

export function delegatedOn(this: WithEvents, type: string, selector: string, listener: AnyFn, options?: boolean | AddEventListenerOptions): void {
	const callback: EventListener = (ev) => {
		const target = ev.target as Element | null;
		const match = target?.closest?.(selector) ?? null;
		if (match && (!(this instanceof Node) || this.contains(match))) (listener as (ev: Event, t: Element) => unknown).call(this, ev, match);
	};
	this._EVENTS ??= {};
	(this._EVENTS[type] ??= []).push({ selector, listener, options, callback });
	this.addEventListener(type, callback, options);
}

export function delegatedOff(this: WithEvents, type: string, selector: string, listener: AnyFn, options?: boolean | AddEventListenerOptions): void {
	const list = this._EVENTS?.[type] ?? [];
	for (const entry of list.filter((e) => e.selector === selector && e.listener === listener)) {
		this.removeEventListener(type, entry.callback, options);
		list.splice(list.indexOf(entry), 1);
	}
}

/** The check behind Obsidian's `instanceOf` helpers (a prototype-chain test). */
export function isInstance(value: object, type: abstract new (...args: never[]) => unknown): boolean {
	return Object.prototype.isPrototypeOf.call(type.prototype, value);
}

/** Sets inline style properties, like Obsidian's `setCssProps`. */
export function setCssProps(el: HTMLElement | SVGElement, props: Record<string, string>): void {
	for (const [name, value] of Object.entries(props)) el.style.setProperty(name, value);
}

export function isShown(this: HTMLElement): boolean {
	if (!this.isConnected) return false;
	let el: HTMLElement | null = this.parentElement;
	if (this.style.display === "none") return false;
	for (; el; el = el.parentElement) if (el.style.display === "none") return false;
	return true;
}

export function onNodeInserted(this: HTMLElement, listener: () => unknown, once?: boolean): () => void {
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

