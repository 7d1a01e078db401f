/**
 * One note's update, rename and removal at 50,000 notes against at 1,000:
 * the index must be flat in vault size (ratio ≤ 1.5×). The indexes (10,000
 * notes too, for information) live in the same process and are sampled in
 * turn, so load on the machine and the JIT's state affect all sides alike.
 */
import { generateVault } from "../generateVault";
import { prepareUpdateBench, type UpdateSample } from "../index/updateCost";
import { log, median } from "../lib/measure";
import { emit, ratioRow } from "../lib/result";

const WARMUP = 5;
const SAMPLES = 41;
const small = await prepareUpdateBench(generateVault({ notes: 1000 }));
const middle = await prepareUpdateBench(generateVault({ notes: 10000 }));
const large = await prepareUpdateBench(generateVault({ notes: 50000 }));
const smallSamples: UpdateSample[] = [];
const middleSamples: UpdateSample[] = [];
const largeSamples: UpdateSample[] = [];
for (let i = 0; i < WARMUP + SAMPLES; i++) {
	const s = small.sample();
	const m = middle.sample();
	const l = large.sample();
	if (i < WARMUP) continue;
	smallSamples.push(s);
	middleSamples.push(m);
	largeSamples.push(l);
}
for (const b of [small, middle, large]) b.dispose();

const med = (samples: UpdateSample[], key: keyof UpdateSample) => median(samples.map((s) => s[key]));
const row = (key: keyof UpdateSample, id: string, what: string) => {
	log(`${what}: ${med(smallSamples, key).toFixed(2)} µs at 1,000, ${med(middleSamples, key).toFixed(2)} at 10,000, ${med(largeSamples, key).toFixed(2)} at 50,000`);
	return ratioRow({
		id,
		scenario: `${what}, 50,000 vs 1,000 notes`,
		measured: med(largeSamples, key),
		baseline: med(smallSamples, key),
		baselineLabel: "same at 1,000 notes",
		unit: "µs",
		maxRatio: 1.5,
		// The 10,000-note point shows whether cost keeps growing with size or levels off.
		details: { batch: 200, samples: SAMPLES, at10000: med(middleSamples, key) },
	});
};
emit([row("updateUs", "update-flat", "One note's update"), row("renameUs", "rename-flat", "One note's rename"), row("removeUs", "remove-flat", "One note's removal")]);
