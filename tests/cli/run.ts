import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main";
import type { ReportJson } from "../../src/cli/reportJson";

/** Repository root, for paths to the demo vault and fixtures. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DEMO_VAULT = fileURLToPath(new URL("../../demo-vault", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("../fixtures/vaults/", import.meta.url));

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `jitl` in-process and captures what it prints. */
export async function jitl(argv: string[], cwd: string = ROOT): Promise<CliResult> {
	let stdout = "";
	let stderr = "";
	const code = await runCli(argv, {
		stdout: { write: (s: string) => (stdout += s) },
		stderr: { write: (s: string) => (stderr += s) },
		cwd,
	});
	return { code, stdout, stderr };
}

/** Runs `jitl report <vault> --json --today <day>` and parses what it prints. */
export async function jsonReport(vault: string, today: string): Promise<ReportJson> {
	const r = await jitl(["report", vault, "--json", "--today", today]);
	if (r.code !== 0) throw new Error(`jitl exited ${r.code}: ${r.stderr}`);
	return JSON.parse(r.stdout) as ReportJson;
}
