import { median } from "../lib/measure";

const gc = (globalThis as { gc?: () => void }).gc;

/** One timed run: wall-clock and CPU (user + system) milliseconds. */
export interface Timing {
	wallMs: number;
	cpuMs: number;
}

async function timeOnce(fn: () => unknown): Promise<Timing> {
	gc?.();
	const cpu = process.cpuUsage();
	const start = performance.now();
	await fn();
	const wallMs = performance.now() - start;
	const used = process.cpuUsage(cpu);
	return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Times a baseline and our code in pairs, in alternating order (base then ours,
 * ours then base, ...) so that neither always runs on the caches or the JIT
 * state the other left. Both sides run `warmup` times first, which also brings
 * every file into the OS cache for both. A ratio taken within each pair follows
 * the machine's load as it changes during the run; their median is the result.
 */
export async function timePairs(base: () => unknown, ours: () => unknown, plan: { warmup: number; pairs: number }) {
	for (let i = 0; i < plan.warmup; i++) {
		await base();
		await ours();
	}
	const bases: Timing[] = [];
	const ourRuns: Timing[] = [];
	for (let i = 0; i < plan.pairs; i++) {
		if (i % 2 === 0) {
			bases.push(await timeOnce(base));
			ourRuns.push(await timeOnce(ours));
		} else {
			ourRuns.push(await timeOnce(ours));
			bases.push(await timeOnce(base));
		}
	}
	const wall = (t: Timing[]) => t.map((x) => x.wallMs);
	const cpu = (t: Timing[]) => t.map((x) => x.cpuMs);
	return {
		baseMs: median(wall(bases)),
		oursMs: median(wall(ourRuns)),
		pairRatio: median(ourRuns.map((o, i) => o.wallMs / bases[i].wallMs)),
		pairRatios: ourRuns.map((o, i) => Number((o.wallMs / bases[i].wallMs).toFixed(3))),
		baseCpuMs: median(cpu(bases)),
		oursCpuMs: median(cpu(ourRuns)),
		cpuPairRatio: median(ourRuns.map((o, i) => o.cpuMs / bases[i].cpuMs)),
	};
}
