/**
 * Obsidian's `Component` lifecycle: `load()` runs `onload()` then loads children;
 * `unload()` unloads children (last first), runs registered cleanups (last first), then
 * `onunload()`. Both are idempotent.
 */
import type { EventRef } from "./events";

/** What `onload()` returned (a promise for async plugins), for `loadPlugin` to await. */
export const ONLOAD_RESULT = Symbol("onloadResult");

export class Component {
	_loaded = false;
	_events: (() => unknown)[] = [];
	_children: Component[] = [];
	[ONLOAD_RESULT]?: unknown;

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this[ONLOAD_RESULT] = this.onload();
		for (const child of this._children.slice()) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		while (this._children.length > 0) this._children.pop()?.unload();
		while (this._events.length > 0) this._events.pop()?.();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i >= 0) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this._events.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => eventRef.e.offref(eventRef));
	}

	registerDomEvent(el: EventTarget, type: string, callback: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerScopeEvent(keyHandler: { scope: { unregister(handler: unknown): void } }): void {
		this.register(() => keyHandler.scope.unregister(keyHandler));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}
