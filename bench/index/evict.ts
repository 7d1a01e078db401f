/**
 * Pushes the benchmark's data out of the CPU caches by reading a buffer eight
 * times the size of this machine's last-level cache (32 MB), one value per
 * 64-byte line. Twice the size was not enough: the smallest vault still kept
 * part of its data in cache (its events came out a quarter cheaper). A timed event that follows starts as cold as an
 * edit that arrives after the user has done other things for a while.
 */
const LINE = 8;
const buffer = new Float64Array((256 * 1024 * 1024) / 8).fill(1);
let sink = 0;

export function evictCpuCaches(): void {
	let sum = 0;
	for (let i = 0; i < buffer.length; i += LINE) sum += buffer[i];
	sink += sum;
}

/** Keeps the reads from being optimised away. */
export function evictionSink(): number {
	return sink;
}
