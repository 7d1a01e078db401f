/**
 * The headless report over 10,000 notes on disk (what `jitl report` does,
 * minus printing: settings, readVault, index, sidebar model), against walking
 * the folder and parsing every file's front matter with gray-matter. Target ≤ 1.2×.
 */
import { buildReport } from "../../src/cli/buildReport";
import { BENCH_TODAY, generateVault } from "../generateVault";
import { log, median, samplePair } from "../lib/measure";
import { emit, ratioRow } from "../lib/result";
import { reportBreakdown } from "../report/breakdown";
import { grayMatterLoop } from "../report/grayMatterLoop";
import { writeVaultToDisk } from "../vault/writeToDisk";

const NOTES = Number(process.argv[2] ?? 10000);
const disk = await writeVaultToDisk(generateVault({ notes: NOTES }));
try {
	let sink = 0;
	const [base, ours] = await samplePair(
		async () => void (sink += await grayMatterLoop(disk.dir)),
		async () => void (sink += (await buildReport(disk.dir, BENCH_TODAY)).model.justInCase.total),
		{ warmup: 1, runs: 7 },
	);
	// Per-pair ratios are less sensitive to load that changes during the run than the ratio of medians.
	const pairRatio = median(ours.map((o, i) => o / base[i]));
	const details = { notes: NOTES, sink, medianPairRatio: pairRatio, ...(await reportBreakdown(disk.dir, 2)) };
	log(`report ${NOTES}: ${median(ours).toFixed(1)} ms vs gray-matter loop ${median(base).toFixed(1)} ms ${JSON.stringify(details)}`);
	emit([
		ratioRow({
			id: "report-10000",
			scenario: `Headless report, ${NOTES.toLocaleString("en")} notes on disk`,
			measured: median(ours),
			baseline: median(base),
			baselineLabel: "walk + read + gray-matter",
			unit: "ms",
			maxRatio: 1.2,
			details,
		}),
	]);
} finally {
	await disk.cleanup();
}
