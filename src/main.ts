import { Events, Plugin, type Workspace, getLanguage } from "obsidian";
import { LearningIndex } from "./core/index/LearningIndex";
import { indexConfigFrom, sameIndexConfig } from "./core/index/config";
import { toLocalDay } from "./core/practice/days";
import type { JitlSettings } from "./core/settings";
import { migrateSettings } from "./core/settingsValidation";
import { installChallenge } from "./features/challenge/installChallenge";
import { installParking } from "./features/parking/installParking";
import { installPractice } from "./features/practice/installPractice";
import { setLocale, t } from "./i18n/t";
import type { JitlContext } from "./obsidian/JitlContext";
import { VaultIndexer } from "./obsidian/indexing/VaultIndexer";
import { WriteQueue } from "./obsidian/writes/WriteQueue";
import { JitlSettingTab } from "./settings/JitlSettingTab";
import { SidebarView, VIEW_TYPE } from "./view/SidebarView";

/**
 * Wires the plugin together and does nothing heavy: the index is built after
 * the layout is ready, by the VaultIndexer, and kept current per changed file.
 */
export default class JustInTimeLearningPlugin extends Plugin {
	/** Services for commands and views; exposed for tests and the benchmark. */
	context!: JitlContext;

	override async onload(): Promise<void> {
		setLocale(getLanguage());
		const { app } = this;
		const settings = migrateSettings(await this.loadData(), app.vault.configDir);
		const index = new LearningIndex(indexConfigFrom(settings));
		const events = new Events();
		const indexer = this.addChild(new VaultIndexer(app, index, events));
		const ctx = (this.context = createContext(this, settings, index, indexer, events));

		this.registerView(VIEW_TYPE, (leaf) => new SidebarView(leaf, ctx));
		this.addRibbonIcon("graduation-cap", t("ribbon.open-sidebar"), () => void ctx.openSidebar());
		this.addCommand({ id: "open-sidebar", name: t("command.open-sidebar"), callback: () => void ctx.openSidebar() });
		for (const install of [installChallenge, installParking, installPractice]) install(this, ctx);
		this.addSettingTab(new JitlSettingTab(app, this, ctx));

		app.workspace.onLayoutReady(() => void indexer.start());
	}
}

/** The services every feature is built with; `settings` always reads the latest saved value. */
function createContext(plugin: Plugin, settings: JitlSettings, index: LearningIndex, indexer: VaultIndexer, events: Events): JitlContext {
	return {
		app: plugin.app,
		get settings() {
			return settings;
		},
		updateSettings: async (patch) => {
			const before = indexConfigFrom(settings);
			// The parameter is the live value: the getter above reads it.
			settings = { ...settings, ...patch };
			await plugin.saveData(settings);
			const after = indexConfigFrom(settings);
			if (!sameIndexConfig(before, after)) {
				index.setConfig(after);
				if (indexer.isReady) await indexer.rebuild();
			}
		},
		index,
		get isReady() {
			return indexer.isReady;
		},
		whenReady: () => indexer.whenReady(),
		writes: new WriteQueue(),
		events,
		today: () => toLocalDay(new Date()),
		now: () => Date.now(),
		openSidebar: () => openSidebar(plugin.app.workspace),
	};
}

/** Reveals the sidebar, first opening it in the right split when it is not open yet. */
async function openSidebar(workspace: Workspace): Promise<void> {
	let leaf = workspace.getLeavesOfType(VIEW_TYPE)[0];
	if (!leaf) {
		const right = workspace.getRightLeaf(false);
		if (!right) return;
		await right.setViewState({ type: VIEW_TYPE, active: true });
		leaf = right;
	}
	await workspace.revealLeaf(leaf);
}
