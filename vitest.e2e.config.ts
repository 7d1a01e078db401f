import { defineConfig } from "vitest/config";

// The real-browser suite: node drives Debian's Chromium through playwright-core.
// One fork, files in sequence: one browser at a time, screenshots written in order.
// globalSetup rebuilds the page, so the suite never runs against a stale bundle.
export default defineConfig({
	test: {
		name: "e2e",
		include: ["tests/e2e/**/*.e2e.test.ts"],
		environment: "node",
		globalSetup: ["tests/e2e/support/globalSetup.ts"],
		pool: "forks",
		fileParallelism: false,
		maxWorkers: 1,
		testTimeout: 60_000,
		hookTimeout: 60_000,
		reporters: ["default", "./tests/e2e/support/summaryReporter.ts"],
		env: { TZ: "Europe/Berlin" },
	},
});
