import { generateVault, vaultFiles } from "./generateVault";
import { createFakeApp } from "../tests/fake/obsidian/index";
const files = vaultFiles(generateVault({ notes: 1300, parked: 1000, challenges: 20, topics: 150 }));
const t = performance.now();
createFakeApp(files, { layoutReady: false });
console.log("create", (performance.now() - t).toFixed(0));
