/**
 * `Scope` and `Keymap`, enough for code that registers hotkeys and checks modifier
 * keys; no key events are dispatched.
 */
export interface KeymapEventHandler {
	scope: Scope;
	modifiers: string[] | null;
	key: string | null;
	func: (evt: KeyboardEvent, ctx: unknown) => unknown;
}

export class Scope {
	handlers: KeymapEventHandler[] = [];

	constructor(public parent?: Scope) {}

	register(modifiers: string[] | null, key: string | null, func: KeymapEventHandler["func"]): KeymapEventHandler {
		const handler = { scope: this, modifiers, key, func };
		this.handlers.push(handler);
		return handler;
	}

	unregister(handler: KeymapEventHandler): void {
		this.handlers = this.handlers.filter((h) => h !== handler);
	}
}

export class Keymap {
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: string): boolean {
		const e = evt as KeyboardEvent;
		switch (modifier) {
			case "Mod":
				return e.ctrlKey || e.metaKey;
			case "Ctrl":
				return e.ctrlKey;
			case "Meta":
				return e.metaKey;
			case "Shift":
				return e.shiftKey;
			case "Alt":
				return e.altKey;
			default:
				return false;
		}
	}

	static isModEvent(evt?: UserEvent | null): boolean | "tab" | "split" | "window" {
		if (!evt) return false;
		const e = evt as KeyboardEvent;
		if ((e.ctrlKey || e.metaKey) && e.altKey && e.shiftKey) return "window";
		if ((e.ctrlKey || e.metaKey) && e.altKey) return "split";
		if (e.ctrlKey || e.metaKey) return "tab";
		return (evt as MouseEvent).button === 1 ? "tab" : false;
	}
}

type UserEvent = MouseEvent | KeyboardEvent | TouchEvent | PointerEvent;
