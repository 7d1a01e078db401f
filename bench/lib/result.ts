/**
 * One row of the results table. A row either compares against a baseline
 * measured in the same run (`ratio <= limit`), or against an absolute limit
 * (`measured < limit`).
 */
export interface BenchRow {
	id: string;
	scenario: string;
	measured: number;
	unit: "ms" | "µs" | "KB";
	baseline: number | null;
	baselineLabel?: string;
	ratio: number | null;
	/** The target as people read it: "≤ 1.5×", "< 5 ms". */
	target: string;
	pass: boolean;
	/** Whether the row has a target from the issue (others are for information). */
	gated: boolean;
	details?: Record<string, unknown>;
}

export function ratioRow(r: { id: string; scenario: string; measured: number; baseline: number; baselineLabel: string; unit: BenchRow["unit"]; maxRatio: number; gated?: boolean; details?: Record<string, unknown> }): BenchRow {
	const ratio = r.measured / r.baseline;
	return {
		id: r.id,
		scenario: r.scenario,
		measured: r.measured,
		unit: r.unit,
		baseline: r.baseline,
		baselineLabel: r.baselineLabel,
		ratio,
		target: `≤ ${r.maxRatio}×`,
		pass: ratio <= r.maxRatio,
		gated: r.gated ?? true,
		details: r.details,
	};
}

export function limitRow(r: { id: string; scenario: string; measured: number; unit: BenchRow["unit"]; limit: number; gated?: boolean; details?: Record<string, unknown> }): BenchRow {
	return {
		id: r.id,
		scenario: r.scenario,
		measured: r.measured,
		unit: r.unit,
		baseline: null,
		ratio: null,
		target: `< ${r.limit} ${r.unit}`,
		pass: r.measured < r.limit,
		gated: r.gated ?? true,
		details: r.details,
	};
}

/** Scenario scripts print their rows as the last line of stdout. */
export function emit(rows: BenchRow[]): void {
	process.stdout.write(`${JSON.stringify(rows)}\n`);
}
