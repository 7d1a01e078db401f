import { it } from "vitest";
import { generateVault, vaultFiles } from "../../bench/generateVault";
import { createFakeApp, flush } from "../fake/obsidian/index";
it("fake speed", async () => {
	for (const n of [650, 1300, 2600]) {
		const files = vaultFiles(generateVault({ notes: n, parked: Math.round(n * 0.77), challenges: 20, topics: 150, current: { actionItems: 300, practiceDays: 365 } }));
		const t = performance.now();
		const app = createFakeApp(files, { layoutReady: false });
		const t1 = performance.now();
		await flush();
		console.log(n, "create", (t1 - t).toFixed(0), "flush", (performance.now() - t1).toFixed(0));
	}
}, 300000);
