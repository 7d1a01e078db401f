/**
 * Background work of the fake app (metadata indexing, reconciling direct adapter
 * writes) runs on the real timer captured at load, so `vi.useFakeTimers()` in a test
 * neither stalls it nor lets a test advance it by accident. `flush()` waits for it.
 */
const realSetTimeout: typeof setTimeout = globalThis.setTimeout.bind(globalThis);

let pending = 0;

/** Runs `task` in a later macrotask, counted until it finishes. */
export function later(task: () => void): void {
	pending++;
	realSetTimeout(() => {
		try {
			task();
		} finally {
			pending--;
		}
	}, 0);
}

let captured: unknown[] | null = null;

/** Re-throws outside the current call stack, as Obsidian does for failing event handlers. */
export function rethrowLater(error: unknown): void {
	if (captured) {
		captured.push(error);
		return;
	}
	realSetTimeout(() => {
		throw error;
	}, 0);
}

/**
 * Fake helper: collect errors thrown by event handlers instead of re-throwing them
 * (which Vitest reports as unhandled errors). Call `restore()` when done.
 */
export function captureHandlerErrors(): { errors: unknown[]; restore(): void } {
	const errors: unknown[] = [];
	captured = errors;
	return {
		errors,
		restore: () => {
			captured = null;
		},
	};
}

function tick(): Promise<void> {
	return new Promise((resolve) => realSetTimeout(resolve, 0));
}

/**
 * Waits until every pending metadata update and event has run (including work those
 * events schedule), plus one more macrotask for promise continuations.
 */
export async function flush(): Promise<void> {
	for (let round = 0; round < 10_000; round++) {
		await tick();
		if (pending === 0) {
			await tick();
			if (pending === 0) return;
		}
	}
	throw new Error("flush(): background work did not settle");
}
