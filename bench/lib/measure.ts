/**
 * Timing helpers: warm-up runs first (so the JIT has compiled the code), a
 * garbage collection before each timed run when Node runs with --expose-gc,
 * and medians rather than means (one GC pause must not move a result).
 */

const gc = (globalThis as { gc?: () => void }).gc;

export function median(samples: number[]): number {
	const s = [...samples].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface RunPlan {
	warmup: number;
	runs: number;
	/**
	 * Force a full collection before each timed run (default). A full collection
	 * also throws away optimised code that points at objects it frees (V8's
	 * "weak objects" deoptimisation, see --trace-deopt), so code that makes new
	 * objects per run is then timed while it recompiles; set false to let the
	 * collector run when it wants, as it does in use.
	 */
	gc?: boolean;
}

/** Times `fn` `plan.runs` times after `plan.warmup` untimed runs; milliseconds per run. */
export async function sample(fn: () => unknown, plan: RunPlan): Promise<number[]> {
	for (let i = 0; i < plan.warmup; i++) await fn();
	const out: number[] = [];
	for (let i = 0; i < plan.runs; i++) {
		if (plan.gc !== false) gc?.();
		const start = performance.now();
		await fn();
		out.push(performance.now() - start);
	}
	return out;
}

/**
 * Times two functions alternately (a, b, a, b...), so that drift in machine
 * speed (thermal, other processes) lands on both sides of a ratio equally.
 */
export async function samplePair(a: () => unknown, b: () => unknown, plan: RunPlan): Promise<[number[], number[]]> {
	for (let i = 0; i < plan.warmup; i++) {
		await a();
		await b();
	}
	const as: number[] = [];
	const bs: number[] = [];
	const one = { warmup: 0, runs: 1, gc: plan.gc };
	for (let i = 0; i < plan.runs; i++) {
		as.push((await sample(a, one))[0]);
		bs.push((await sample(b, one))[0]);
	}
	return [as, bs];
}

/** Progress on stderr: stdout carries the results. */
export function log(message: string): void {
	process.stderr.write(`  ${message}\n`);
}
