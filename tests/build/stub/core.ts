/**
 * The window-free part of the `obsidian` stub: events, components and files.
 * The benchmarks alias `obsidian` to this file when they run the index code in
 * Node; `createObsidianModule` adds the window-bound classes for the plugin.
 * Kept small on purpose: it must cost next to nothing, so timings measure our code.
 */

export interface EventRef {
	owner: Events;
	name: string;
	fn: (...args: unknown[]) => unknown;
	ctx?: unknown;
}

export class Events {
	private readonly handlers = new Map<string, EventRef[]>();

	on(name: string, fn: (...args: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { owner: this, name, fn: fn as EventRef["fn"], ctx };
		const list = this.handlers.get(name);
		if (list) list.push(ref);
		else this.handlers.set(name, [ref]);
		return ref;
	}

	off(name: string, fn: (...args: never[]) => unknown): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((r) => r.fn !== fn));
	}

	offref(ref: EventRef): void {
		const list = this.handlers.get(ref.name);
		if (list) this.handlers.set(ref.name, list.filter((r) => r !== ref));
	}

	trigger(name: string, ...args: unknown[]): void {
		for (const ref of this.handlers.get(name) ?? []) ref.fn.apply(ref.ctx, args);
	}

	tryTrigger(ref: EventRef, args: unknown[]): void {
		ref.fn.apply(ref.ctx, args);
	}

	/** Handlers registered for an event (tests check that a plugin listens). */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}

export class Component {
	private loaded = false;
	private readonly children: Component[] = [];
	private readonly cleanups: (() => unknown)[] = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		void this.onload();
		for (const c of this.children) c.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		for (const c of this.children.splice(0)) c.unload();
		for (const fn of this.cleanups.splice(0)) fn();
		if (!this.loaded) return;
		this.loaded = false;
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loaded) child.load();
		return child;
	}

	removeChild<T extends Component>(child: T): T {
		const i = this.children.indexOf(child);
		if (i !== -1) this.children.splice(i, 1);
		child.unload();
		return child;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.owner.offref(ref));
	}

	registerDomEvent(el: EventTarget, type: string, cb: (evt: Event) => unknown): void {
		el.addEventListener(type, cb);
		this.register(() => el.removeEventListener(type, cb));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}

export abstract class TAbstractFile {
	parent: TFolder | null = null;
	path!: string;
	name!: string;

	constructor(path: string) {
		this.setPath(path);
	}

	/** Obsidian keeps a file's names as plain fields, set again when it moves. */
	setPath(path: string): void {
		this.path = path;
		this.name = path.slice(path.lastIndexOf("/") + 1);
	}
}

export class TFile extends TAbstractFile {
	stat: { ctime: number; mtime: number; size: number };
	basename!: string;
	extension!: string;

	constructor(path: string, stat?: Partial<TFile["stat"]>) {
		super(path);
		this.stat = { ctime: stat?.ctime ?? 0, mtime: stat?.mtime ?? 0, size: stat?.size ?? 0 };
	}

	override setPath(path: string): void {
		super.setPath(path);
		const dot = this.name.lastIndexOf(".");
		this.basename = dot === -1 ? this.name : this.name.slice(0, dot);
		this.extension = dot === -1 ? "" : this.name.slice(dot + 1);
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/" || this.path === "";
	}
}

/** Obsidian's path normaliser: forward slashes, no doubled, leading or trailing ones, NFC. */
export function normalizePath(path: string): string {
	const p = path
		.replace(/[\u00a0\u202f]/g, " ")
		.replace(/[\\/]+/g, "/")
		.replace(/^\/|\/$/g, "");
	return p === "" ? "/" : p.normalize("NFC");
}

export interface Debouncer<T extends unknown[]> {
	(...args: T): Debouncer<T>;
	cancel(): Debouncer<T>;
	run(): void;
}

/** Timer functions of one window (the VM's own, not Node's). */
export interface Timers {
	setTimeout(fn: () => void, ms: number): unknown;
	clearTimeout(id: unknown): void;
}

/** Obsidian's `debounce`, on the given timers. */
export function debounceOn(timers: Timers) {
	return function debounce<T extends unknown[]>(fn: (...args: T) => unknown, wait = 0, resetTimer = false): Debouncer<T> {
		return makeDebouncer(timers, fn, wait, resetTimer);
	};
}

export const debounce = debounceOn({ setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as number) });

function makeDebouncer<T extends unknown[]>(timers: Timers, fn: (...args: T) => unknown, wait: number, resetTimer: boolean): Debouncer<T> {
	let timer: unknown = null;
	let lastArgs: T | null = null;
	const run = (): void => {
		timer = null;
		const args = lastArgs;
		lastArgs = null;
		if (args) fn(...args);
	};
	const d = ((...args: T) => {
		lastArgs = args;
		if (timer !== null && resetTimer) timers.clearTimeout(timer);
		if (timer === null || resetTimer) timer = timers.setTimeout(run, wait);
		return d;
	}) as Debouncer<T>;
	d.cancel = () => {
		if (timer !== null) timers.clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return d;
	};
	d.run = () => {
		if (timer !== null) timers.clearTimeout(timer);
		run();
	};
	return d;
}

export function getLanguage(): string {
	return "en";
}
