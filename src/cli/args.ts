import { isValidDay } from "../core/practice/days";

/**
 * Command line of `jitl`. Parsing returns data or an error message; main.ts
 * decides what to print and the exit code.
 */

export interface ReportArgs {
	command: "report";
	folder: string | null;
	json: boolean;
	today: string | null;
}

export type ParsedArgs = ReportArgs | { command: "help" } | { command: "error"; message: string };

export const USAGE = `Usage: jitl report [vault-folder] [--json] [--today YYYY-MM-DD]

Prints what the Just-in-Time Learning sidebar would show for a vault folder:
the current challenge, its action items and practice, just-in-time topics,
parked notes (the ones that came up first) and files that could not be read.

  vault-folder          the vault to read (default: the current folder)
  --json                print the report as JSON (see docs/report-json.md)
  --today YYYY-MM-DD    compute deadlines and streaks as of this day (default: today)
  -h, --help            show this help

Exit codes: 0 report printed, 1 the vault could not be read, 2 bad arguments or no such folder.`;

export function parseArgs(argv: string[]): ParsedArgs {
	const beforeEnd = argv.indexOf("--") === -1 ? argv : argv.slice(0, argv.indexOf("--"));
	if (beforeEnd.includes("--help") || beforeEnd.includes("-h")) return { command: "help" };
	const [command, ...rest] = argv;
	if (command === undefined) return { command: "error", message: "missing command" };
	if (command !== "report") return { command: "error", message: `unknown command "${command}"` };
	const out: ReportArgs = { command: "report", folder: null, json: false, today: null };
	let optionsDone = false;
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (arg === "--" && !optionsDone) optionsDone = true;
		else if (optionsDone || !arg.startsWith("-")) {
			if (out.folder !== null) return { command: "error", message: `unexpected argument "${arg}" (one vault folder at most)` };
			out.folder = arg;
		} else if (arg === "--json") out.json = true;
		else if (arg === "--today" || arg.startsWith("--today=")) {
			const value = arg === "--today" ? rest[++i] : arg.slice("--today=".length);
			if (value === undefined || value === "") return { command: "error", message: "--today needs a date (YYYY-MM-DD)" };
			if (!isValidDay(value)) return { command: "error", message: `--today: "${value}" is not a date written YYYY-MM-DD` };
			out.today = value;
		} else return { command: "error", message: `unknown option "${arg}"` };
	}
	return out;
}
