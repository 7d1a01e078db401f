/**
 * Obsidian's `debounce`: the callback runs `timeout` ms after the first call with the
 * latest arguments; with `resetTimer` each call restarts the wait. `run()` fires a
 * pending call now, `cancel()` drops it. Uses the window timers (fake timers apply).
 */
export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: number | null = null;
	let lastArgs: [...T] | null = null;
	const fire = (): V => {
		const args = lastArgs as [...T];
		lastArgs = null;
		timer = null;
		return cb(...args);
	};
	const debounced = function (...args: [...T]) {
		lastArgs = args;
		if (timer !== null && resetTimer) {
			window.clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = window.setTimeout(fire, timeout);
		return debounced;
	} as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return debounced;
	};
	debounced.run = () => {
		if (timer === null) return;
		window.clearTimeout(timer);
		return fire();
	};
	return debounced;
}
