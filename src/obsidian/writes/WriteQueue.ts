/**
 * Serialises writes per file: two quick clicks on the same note run one after
 * the other, each reading what the previous one wrote, so no edit is lost.
 * Writes to different files still run concurrently.
 */
export class WriteQueue {
	private readonly tails = new Map<string, Promise<unknown>>();

	run<T>(path: string, task: () => Promise<T>): Promise<T> {
		const previous = this.tails.get(path) ?? Promise.resolve();
		const next = previous.then(task, task);
		const tail = next.catch(() => undefined);
		this.tails.set(path, tail);
		void tail.then(() => {
			if (this.tails.get(path) === tail) this.tails.delete(path);
		});
		return next;
	}

	/** Resolves when every queued write has settled (tests, unload). */
	async idle(): Promise<void> {
		while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
	}
}
