/**
 * Obsidian's `Events`: handlers run in registration order on a copy of the list, and a
 * handler that throws does not stop the others (its error is re-thrown asynchronously,
 * so a test still sees it as an unhandled error).
 */
import { rethrowLater } from "./scheduler";

type Handler = (...data: unknown[]) => unknown;

export interface EventRef {
	e: Events;
	name: string;
	fn: Handler;
	ctx?: unknown;
}

export class Events {
	/** Handlers by event name (Obsidian keeps them in a field named `_`). */
	_: Record<string, EventRef[]> = {};

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback as Handler, ctx };
		(this._[name] ??= []).push(ref);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this._[name];
		if (!list) return;
		this._[name] = list.filter((ref) => ref.fn !== callback);
		if (this._[name].length === 0) delete this._[name];
	}

	offref(ref: EventRef): void {
		const list = this._[ref.name];
		if (!list) return;
		this._[ref.name] = list.filter((r) => r !== ref);
		if (this._[ref.name].length === 0) delete this._[ref.name];
	}

	trigger(name: string, ...data: unknown[]): void {
		const list = this._[name];
		if (!list) return;
		for (const ref of list.slice()) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: EventRef, args: unknown[]): void {
		try {
			evt.fn.apply(evt.ctx, args);
		} catch (error) {
			rethrowLater(error);
		}
	}
}
