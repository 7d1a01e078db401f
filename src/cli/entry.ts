import { runCli } from "./main";

/** Process entry of the bundled `dist/jitl.mjs`; all logic lives in runCli. */
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
