/**
 * One note's update, rename and removal at 50,000 notes against at 1,000:
 * the index must be flat in vault size (ratio ≤ 1.5×). Each event is timed on
 * its own after a CPU-cache flush, as edits arrive in use (see
 * bench/index/updateCost.ts), and the cost of a no-op event after the same
 * flush (pooled over all sizes) is subtracted, so the ratio compares our code's work only. Gross
 * figures, and tight-loop batch figures (where the small vault keeps everything
 * in cache), are in the details. The indexes (10,000 notes too,
 * for information) live in the same process and are sampled in turn, so load
 * on the machine and the JIT's state affect all sides alike.
 */
import { generateVault } from "../generateVault";
import { evictionSink } from "../index/evict";
import { prepareUpdateBench, type UpdateBench, type UpdateSample } from "../index/updateCost";
import { log, median } from "../lib/measure";
import { emit, ratioRow } from "../lib/result";

const WARMUP = 20;
const EVENTS = 251;
const BATCHES = 21;
const sizes = [1000, 10000, 50000] as const;
const benches = new Map<number, UpdateBench>();
for (const n of sizes) benches.set(n, await prepareUpdateBench(generateVault({ notes: n })));
const events = new Map<number, UpdateSample[]>(sizes.map((n) => [n, []]));
const batches = new Map<number, UpdateSample[]>(sizes.map((n) => [n, []]));
for (let i = 0; i < WARMUP + EVENTS; i++) {
	for (const n of sizes) {
		const s = benches.get(n)!.sampleEvent();
		if (i >= WARMUP) events.get(n)!.push(s);
	}
}
for (let i = 0; i < 5 + BATCHES; i++) {
	for (const n of sizes) {
		const s = benches.get(n)!.sampleBatch();
		if (i >= 5) batches.get(n)!.push(s);
	}
}
for (const b of benches.values()) b.dispose();

type Key = Exclude<keyof UpdateSample, "floorUs">;
const pooledFloor = median([...events.values()].flat().map((s) => s.floorUs ?? 0));
const med = (samples: UpdateSample[], pick: (s: UpdateSample) => number) => median(samples.map(pick));
const row = (key: Key, id: string, what: string) => {
	const gross = (n: number) => med(events.get(n)!, (s) => s[key]);
	// Net of a no-op event after the same flush: what our listener adds. The
	// no-op costs the same whatever the vault, so its median over all sizes is used.
	const net = (n: number) => gross(n) - pooledFloor;
	const floor = (n: number) => med(events.get(n)!, (s) => s.floorUs ?? 0);
	const at = (m: Map<number, UpdateSample[]>, n: number) => med(m.get(n)!, (s) => s[key]);
	log(`${what}: ${net(1000).toFixed(2)} µs at 1,000, ${net(10000).toFixed(2)} at 10,000, ${net(50000).toFixed(2)} at 50,000 net of a ${floor(1000).toFixed(1)} µs no-op event (gross ${gross(1000).toFixed(2)} / ${gross(50000).toFixed(2)}; tight loop: ${at(batches, 1000).toFixed(2)} / ${at(batches, 10000).toFixed(2)} / ${at(batches, 50000).toFixed(2)})`);
	return ratioRow({
		id,
		scenario: `${what}, 50,000 vs 1,000 notes`,
		measured: net(50000),
		baseline: net(1000),
		baselineLabel: "same at 1,000 notes",
		unit: "µs",
		maxRatio: 1.5,
		details: {
			method: "one event at a time after a CPU-cache flush, net of a no-op event after the same flush",
			events: EVENTS,
			// The 10,000-note point shows whether cost keeps growing with size or levels off.
			at10000: net(10000),
			gross: { at1000: gross(1000), at10000: gross(10000), at50000: gross(50000) },
			noopEvent: { pooled: pooledFloor, at1000: floor(1000), at10000: floor(10000), at50000: floor(50000) },
			tightLoop: { batch: 200, samples: BATCHES, at1000: at(batches, 1000), at10000: at(batches, 10000), at50000: at(batches, 50000), ratio: at(batches, 50000) / at(batches, 1000) },
			sink: evictionSink() > 0,
		},
	});
};
emit([row("updateUs", "update-flat", "One note's update"), row("renameUs", "rename-flat", "One note's rename"), row("removeUs", "remove-flat", "One note's removal")]);
