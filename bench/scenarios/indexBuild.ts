/**
 * Initial index build from the metadata cache, at 1,000, 10,000 and 50,000
 * notes, against the bare loop over each file's cache and tags. Target ≤ 1.5×.
 * `node --expose-gc --import tsx --import ./bench/lib/aliasObsidian.mjs bench/scenarios/indexBuild.ts [sizes...]`
 */
import { generateVault } from "../generateVault";
import { bareTagLoop } from "../index/bareLoop";
import { buildBreakdown } from "../index/breakdown";
import { buildOnce } from "../index/buildIndex";
import { SyntheticApp } from "../index/syntheticApp";
import { log, median, samplePair } from "../lib/measure";
import { emit, ratioRow, type BenchRow } from "../lib/result";

// No full collection is forced before a run (see RunPlan.gc): the runs with
// one, which time recompilation as much as the code, are in the details.
const PLANS: Record<number, { warmup: number; runs: number }> = {
	1000: { warmup: 40, runs: 41 },
	10000: { warmup: 10, runs: 21 },
	50000: { warmup: 4, runs: 11 },
};

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const rows: BenchRow[] = [];
for (const n of sizes.length > 0 ? sizes : [1000, 10000, 50000]) {
	const app = new SyntheticApp(generateVault({ notes: n }));
	const plan = PLANS[n] ?? { warmup: 3, runs: 11 };
	let sink = 0;
	const bare = () => void (sink += bareTagLoop(app));
	const build = async () => void (sink += await buildOnce(app));
	const [base, ours] = await samplePair(bare, build, { ...plan, gc: false });
	const [gcBase, gcOurs] = await samplePair(bare, build, { warmup: 0, runs: Math.min(plan.runs, 9), gc: true });
	const forcedGc = { ms: median(gcOurs), bareMs: median(gcBase), ratio: median(gcOurs) / median(gcBase) };
	const details = { notes: n, runs: plan.runs, sink, forcedGc, ...(await buildBreakdown(app, Math.min(plan.runs, 5))) };
	log(`index build ${n}: ${median(ours).toFixed(2)} ms vs bare loop ${median(base).toFixed(2)} ms ${JSON.stringify(details)}`);
	rows.push(
		ratioRow({
			id: `index-build-${n}`,
			scenario: `Initial index, ${n.toLocaleString("en")} notes`,
			measured: median(ours),
			baseline: median(base),
			baselineLabel: "bare cache + tags loop",
			unit: "ms",
			maxRatio: 1.5,
			details,
		}),
	);
}
emit(rows);
