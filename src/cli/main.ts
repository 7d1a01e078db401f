import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { toLocalDay } from "../core/practice/days";
import { parseArgs, USAGE } from "./args";
import { buildReport } from "./buildReport";
import { toReportJson } from "./reportJson";
import { formatReportText } from "./reportText";

/**
 * `jitl`, callable in-process so tests need not spawn a Node process.
 * Exit codes: 0 report printed, 1 unexpected failure while reading, 2 bad
 * arguments or a vault folder that does not exist.
 */

export interface CliIo {
	stdout: { write(text: string): unknown };
	stderr: { write(text: string): unknown };
	/** Folder that a relative (or omitted) vault folder is resolved against. */
	cwd: string;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
	const args = parseArgs(argv);
	if (args.command === "help") {
		io.stdout.write(`${USAGE}\n`);
		return 0;
	}
	if (args.command === "error") {
		io.stderr.write(`jitl: ${args.message}\n\n${USAGE}\n`);
		return 2;
	}
	const vault = resolve(io.cwd, args.folder ?? ".");
	const info = await stat(vault).catch(() => null);
	if (!info) {
		io.stderr.write(`jitl: vault folder not found: ${vault}\n`);
		return 2;
	}
	if (!info.isDirectory()) {
		io.stderr.write(`jitl: not a folder: ${vault} (give the vault's folder, not a note)\n`);
		return 2;
	}
	try {
		const data = await buildReport(vault, args.today ?? toLocalDay(new Date()));
		const json = toReportJson(data);
		io.stdout.write(args.json ? `${JSON.stringify(json, null, 2)}\n` : formatReportText(json));
		return 0;
	} catch (err) {
		io.stderr.write(`jitl: could not read the vault ${vault}: ${err instanceof Error ? err.message : String(err)}\n`);
		return 1;
	}
}
