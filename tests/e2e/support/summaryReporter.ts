/**
 * Closes the run with one plain line, `e2e: N passed, N failed[, N skipped]`,
 * so a log reader (or CI) sees at a glance whether the browser suite ran and how it went.
 */
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
		let passed = 0;
		let failed = 0;
		let skipped = 0;
		for (const mod of testModules) {
			// A file that failed to load (or whose beforeAll threw) counts as failed.
			if (mod.state() === "failed" && [...mod.children.allTests()].length === 0) failed++;
			for (const test of mod.children.allTests()) {
				const state = test.result().state;
				if (state === "passed") passed++;
				else if (state === "failed") failed++;
				else skipped++;
			}
		}
		failed += unhandledErrors.length;
		const tail = skipped > 0 ? `, ${skipped} skipped` : "";
		process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed${tail}\n`);
	}
}
