// `npm run bench`: every benchmark of docs/benchmarks.md, each scenario in its
// own Node process (so one cannot warm up or fill the heap for another). Prints
// a table, writes bench/results.json and refreshes the table in README.md and
// docs/benchmarks.md between `<!-- bench:start -->` and `<!-- bench:end -->`.
//
//   node bench/run.mjs                 all scenarios
//   node bench/run.mjs --only report   some (comma-separated names below);
//                                      results go to bench/results.local.json
//   node bench/run.mjs --strict        exit 1 when a target is missed
//
// A missed target prints FAIL but exits 0, so numbers are always recorded.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleBreakdown } from "./bundleBreakdown.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TSX = ["--import", "tsx"];
const ALIAS = ["--import", "./bench/lib/aliasObsidian.mjs"];

/**
 * Scenarios whose numbers depend on what the JIT decides in a given process
 * (which functions it inlines, and when): like JMH's forks, they run in
 * several processes, and each row reports the process with the median ratio,
 * with every process's ratio in its details.
 */
const FORKS = { "index-build": 3 };

/** Scenario name -> Node flags and script; run in this order. */
const SCENARIOS = {
	"index-build": [...TSX, ...ALIAS, "bench/scenarios/indexBuild.ts"],
	"index-update": [...TSX, ...ALIAS, "bench/scenarios/indexUpdate.ts"],
	"challenge-reread": [...TSX, ...ALIAS, "bench/scenarios/challengeReread.ts"],
	onload: [...TSX, "bench/scenarios/onload.ts"],
	// ---- Sidebar render in Chromium --------------------------------------------
	// Reuses the browser test page of tests/e2e (real plugin on the in-memory
	// fake, Obsidian's theme, styles.css) with a synthetic vault baked in; see
	// bench/browser/buildSidebarPage.ts. Needs Chromium (CHROMIUM_PATH, default
	// /usr/bin/chromium); without it this row reports the error.
	sidebar: [...TSX, "bench/scenarios/sidebar.ts"],
	// Last: it writes and deletes a 10,000-file vault, and the kernel's writeback
	// that follows slowed a render measured right after it by a third.
	report: [...TSX, "bench/scenarios/report.ts"],
};

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const onlyAt = args.indexOf("--only");
const only = onlyAt === -1 ? null : (args[onlyAt + 1] ?? "").split(",").filter(Boolean);
for (const name of only ?? []) {
	if (!(name in SCENARIOS)) {
		console.error(`unknown scenario "${name}"; known: ${Object.keys(SCENARIOS).join(", ")}`);
		process.exit(2);
	}
}

function runScenario(name, argv) {
	console.error(`\n▶ ${name}`);
	const started = Date.now();
	const child = spawnSync(process.execPath, ["--expose-gc", ...argv], {
		cwd: root,
		encoding: "utf8",
		stdio: ["ignore", "pipe", "inherit"],
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = (Date.now() - started) / 1000;
	const last = child.stdout.trim().split("\n").pop() ?? "";
	try {
		if (child.status !== 0) throw new Error(`exit code ${child.status}`);
		return { rows: JSON.parse(last), seconds };
	} catch (err) {
		const message = `${name} failed: ${err instanceof Error ? err.message : String(err)}`;
		console.error(message);
		return { rows: [{ id: name, scenario: name, measured: null, unit: "", baseline: null, ratio: null, target: "runs", pass: false, gated: true, error: message }], seconds };
	}
}

/** Per row id, the row of the fork with the median ratio, listing every fork's ratio. */
function medianRows(forkRows) {
	return forkRows[0].map((first) => {
		const same = forkRows.map((rows) => rows.find((r) => r.id === first.id)).filter((r) => r && r.ratio !== null);
		if (same.length === 0) return first;
		const sorted = [...same].sort((a, b) => a.ratio - b.ratio);
		const mid = sorted[(sorted.length - 1) >> 1];
		return { ...mid, details: { ...mid.details, forks: same.length, forkRatios: same.map((r) => Number(r.ratio.toFixed(3))) } };
	});
}

function fmt(value, unit) {
	if (value === null || value === undefined || Number.isNaN(value)) return "—";
	const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
	return `${value.toFixed(digits)} ${unit}`;
}

function table(rows) {
	const lines = ["| Scenario | Measured | Baseline | Ratio | Target | Pass |", "|---|---:|---:|---:|---|---|"];
	for (const r of rows) {
		const baseline = r.baseline === null ? "—" : `${fmt(r.baseline, r.unit)} (${r.baselineLabel})`;
		const ratio = r.ratio === null ? "—" : `${r.ratio.toFixed(2)}×`;
		const pass = r.pass ? "ok" : r.gated ? "**FAIL**" : "info";
		lines.push(`| ${r.scenario} | ${fmt(r.measured, r.unit)} | ${baseline} | ${ratio} | ${r.target} | ${pass} |`);
	}
	return lines.join("\n");
}

function refreshTable(file, markdown, stamp) {
	const path = join(root, file);
	if (!existsSync(path)) return;
	const text = readFileSync(path, "utf8");
	const block = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
	if (!block.test(text)) return;
	writeFileSync(path, text.replace(block, `<!-- bench:start -->\n${stamp}\n\n${markdown}\n<!-- bench:end -->`));
	console.error(`table refreshed in ${file}`);
}

const started = Date.now();
const loadStart = os.loadavg();
console.error("building main.js (node esbuild.config.mjs production)");
const build = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
if (build.status !== 0) process.exit(build.status ?? 1);
// Taken right after the build, from the same sources: what main.js is made of.
const { bytes: breakdownApproxBytes, groups, files } = await bundleBreakdown(root);

const rows = [];
const durations = {};
for (const [name, argv] of Object.entries(SCENARIOS)) {
	if (only && !only.includes(name)) continue;
	const forks = FORKS[name] ?? 1;
	const runs = Array.from({ length: forks }, () => runScenario(name, argv));
	durations[name] = runs.reduce((sum, r) => sum + r.seconds, 0);
	rows.push(...(forks === 1 ? runs[0].rows : medianRows(runs.map((r) => r.rows))));
}
const size = rows.find((r) => r.id === "bundle-size");
if (size) size.details = { ...size.details, breakdownApproxBytes, groups, files };

const cpus = os.cpus();
const results = {
	date: new Date().toISOString(),
	node: process.version,
	platform: `${os.platform()} ${os.arch()}`,
	cores: cpus.length,
	cpu: cpus[0]?.model ?? "unknown",
	memoryGB: Math.round(os.totalmem() / 2 ** 30),
	loadAverage: { start: loadStart.map((x) => Number(x.toFixed(2))), end: os.loadavg().map((x) => Number(x.toFixed(2))) },
	durationSeconds: Math.round((Date.now() - started) / 1000),
	scenarioSeconds: durations,
	rows,
};
const markdown = table(rows);
process.stdout.write(`\n${markdown}\n\n`);
const out = only ? "bench/results.local.json" : "bench/results.json";
writeFileSync(join(root, out), `${JSON.stringify(results, null, "\t")}\n`);
console.error(`results written to ${out} (${results.durationSeconds} s)`);
if (!only) {
	const stamp = `Last run: ${results.date.slice(0, 10)}, Node ${results.node}, ${results.cores} cores (${results.cpu}), load average ${results.loadAverage.start[0]} at start.`;
	for (const file of ["README.md", "docs/benchmarks.md"]) refreshTable(file, markdown, stamp);
}
const missed = rows.filter((r) => r.gated && !r.pass);
if (missed.length > 0) console.error(`${missed.length} target(s) missed: ${missed.map((r) => r.id).join(", ")}`);
process.exit(strict && missed.length > 0 ? 1 : 0);
