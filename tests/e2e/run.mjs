// `npm run test:e2e`: the browser suite in Debian's Chromium. The page is
// (re)built by the suite's global setup (support/globalSetup.ts), so this only
// starts vitest with the e2e config and passes its exit code on.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const result = spawnSync(process.execPath, [vitest, "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);
