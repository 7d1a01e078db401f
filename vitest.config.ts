import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const fake = fileURLToPath(new URL("./tests/fake/obsidian/index.ts", import.meta.url));

// The core runs under two time zones (one west of UTC with DST, one far east with
// southern-hemisphere DST) so that local-day logic cannot lean on UTC by accident.
// Adapter tests run on a DOM (happy-dom) with `obsidian` aliased to our in-memory fake.
export default defineConfig({
	resolve: {
		alias: [{ find: /^obsidian$/, replacement: fake }],
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: "core (America/New_York)",
					include: ["tests/core/**/*.test.ts", "tests/cli/**/*.test.ts"],
					environment: "node",
					env: { TZ: "America/New_York" },
				},
			},
			{
				extends: true,
				test: {
					name: "core (Pacific/Auckland)",
					include: ["tests/core/**/*.test.ts"],
					environment: "node",
					env: { TZ: "Pacific/Auckland" },
				},
			},
			{
				extends: true,
				test: {
					name: "plugin",
					include: ["tests/plugin/**/*.test.ts", "tests/fake/**/*.test.ts", "tests/build/**/*.test.ts"],
					environment: "happy-dom",
					setupFiles: ["tests/fake/setup.ts"],
					env: { TZ: "Europe/Berlin" },
				},
			},
		],
	},
});
