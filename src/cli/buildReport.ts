import { indexConfigFrom } from "../core/index/config";
import { LearningIndex } from "../core/index/LearningIndex";
import { buildSidebarModel } from "../core/model/buildModel";
import type { SidebarModel } from "../core/model/types";
import type { LocalDay, UnreadableLine } from "../core/types";
import { readVault, type BrokenFile } from "./readVault";
import { indexRelevance } from "./relevance";
import { loadVaultSettings } from "./vaultSettings";

/**
 * Everything one report prints, gathered once so the text and JSON outputs
 * cannot disagree: the sidebar's model plus what only a report shows (why each
 * broken file failed, which practice log lines could not be read).
 */
export interface ReportData {
	/** Absolute path of the vault folder. */
	vault: string;
	today: LocalDay;
	model: SidebarModel;
	/** Unreadable practice log lines of the current challenge. */
	unreadable: UnreadableLine[];
	broken: BrokenFile[];
	/** Problems that did not stop the report (a data.json that is not JSON). */
	warnings: string[];
}

export async function buildReport(vault: string, today: LocalDay): Promise<ReportData> {
	const { settings, warning } = await loadVaultSettings(vault);
	const config = indexConfigFrom(settings);
	const index = new LearningIndex(config);
	const { records, broken } = await readVault(vault, config, indexRelevance(index));
	for (const r of records) index.upsert(r);
	const model = buildSidebarModel(index, { today });
	const reported = new Set(broken.map((b) => b.path));
	const alsoBroken = model.brokenNotes
		.filter((p) => !reported.has(p))
		.map((path) => ({ path, error: "front matter could not be read" }));
	const current = model.current ? index.challenge(model.current.path) : undefined;
	return {
		vault,
		today,
		model,
		unreadable: current?.practiceLog.unreadable ?? [],
		broken: [...broken, ...alsoBroken].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
		warnings: warning ? [warning] : [],
	};
}
