/**
 * The headless report over 10,000 notes on disk (what `jitl report` does,
 * minus printing: settings, readVault, index, sidebar model), against walking
 * the folder and parsing every file's front matter with gray-matter, both
 * reading files the same way. Target ≤ 1.2×, on the median of per-pair ratios.
 */
import { buildReport } from "../../src/cli/buildReport";
import { BENCH_TODAY, generateVault } from "../generateVault";
import { log } from "../lib/measure";
import { emit, ratioRow } from "../lib/result";
import { reportBreakdown } from "../report/breakdown";
import { grayMatterLoop } from "../report/grayMatterLoop";
import { timePairs } from "../report/pairs";
import { writeVaultToDisk } from "../vault/writeToDisk";

const NOTES = Number(process.argv[2] ?? 10000);
const MAX_RATIO = 1.2;
const disk = await writeVaultToDisk(generateVault({ notes: NOTES }));
try {
	let sink = 0;
	const plan = { warmup: 2, pairs: 15 };
	const t = await timePairs(
		() => void (sink += grayMatterLoop(disk.dir)),
		async () => void (sink += (await buildReport(disk.dir, BENCH_TODAY)).model.justInCase.total),
		plan,
	);
	const details = {
		notes: NOTES,
		pairs: plan.pairs,
		sink,
		ratioOfMedians: t.oursMs / t.baseMs,
		pairRatios: t.pairRatios,
		baseCpuMs: t.baseCpuMs,
		oursCpuMs: t.oursCpuMs,
		cpuPairRatio: t.cpuPairRatio,
		...(await reportBreakdown(disk.dir, 3)),
	};
	log(`report ${NOTES}: ${t.oursMs.toFixed(1)} ms vs gray-matter loop ${t.baseMs.toFixed(1)} ms, pair ratio ${t.pairRatio.toFixed(3)} ${JSON.stringify(details)}`);
	const row = ratioRow({
		id: "report-10000",
		scenario: `Headless report, ${NOTES.toLocaleString("en")} notes on disk`,
		measured: t.oursMs,
		baseline: t.baseMs,
		baselineLabel: "walk + read + gray-matter",
		unit: "ms",
		maxRatio: MAX_RATIO,
		details,
	});
	// Gated on the per-pair ratio: the load of a shared machine moves both runs of a pair alike.
	emit([{ ...row, ratio: t.pairRatio, pass: t.pairRatio <= MAX_RATIO }]);
} finally {
	await disk.cleanup();
}
