/**
 * A small seeded generator (mulberry32), so a vault of a given size and seed
 * is the same on every machine and every run: benchmark numbers then compare.
 */
export class Prng {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	/** `n` distinct items (fewer when the list is shorter). */
	sample<T>(items: readonly T[], n: number): T[] {
		const out = new Set<T>();
		const want = Math.min(n, items.length);
		while (out.size < want) out.add(this.pick(items));
		return [...out];
	}
}
