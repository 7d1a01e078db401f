import { Events, Plugin, getLanguage } from "obsidian";
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
	private settings!: JitlSettings;
	private indexer!: VaultIndexer;
	/** Services for commands and views; exposed for tests and the benchmark. */
	context!: JitlContext;

	override async onload(): Promise<void> {
		setLocale(getLanguage());
		this.settings = migrateSettings(await this.loadData(), this.app.vault.configDir);
		const index = new LearningIndex(indexConfigFrom(this.settings));
		const events = new Events();
		this.indexer = this.addChild(new VaultIndexer(this.app, index, events));
		this.context = this.buildContext(index, events);

		this.registerView(VIEW_TYPE, (leaf) => new SidebarView(leaf, this.context));
		this.addRibbonIcon("graduation-cap", t("ribbon.open-sidebar"), () => void this.context.openSidebar());
		this.addCommand({ id: "open-sidebar", name: t("command.open-sidebar"), callback: () => void this.context.openSidebar() });
		installChallenge(this, this.context);
		installParking(this, this.context);
		installPractice(this, this.context);
		this.addSettingTab(new JitlSettingTab(this.app, this, this.context));

		this.app.workspace.onLayoutReady(() => void this.indexer.start());
	}

	private buildContext(index: LearningIndex, events: Events): JitlContext {
		const indexer = this.indexer;
		const currentSettings = () => this.settings;
		return {
			app: this.app,
			get settings() {
				return currentSettings();
			},
			updateSettings: (patch) => this.updateSettings(patch),
			index,
			get isReady() {
				return indexer.isReady;
			},
			whenReady: () => indexer.whenReady(),
			writes: new WriteQueue(),
			events,
			today: () => toLocalDay(new Date()),
			now: () => Date.now(),
			openSidebar: () => this.openSidebar(),
		};
	}

	private async updateSettings(patch: Partial<JitlSettings>): Promise<void> {
		const before = indexConfigFrom(this.settings);
		this.settings = { ...this.settings, ...patch };
		await this.saveData(this.settings);
		const after = indexConfigFrom(this.settings);
		if (!sameIndexConfig(before, after)) {
			this.context.index.setConfig(after);
			if (this.indexer.isReady) await this.indexer.rebuild();
		}
	}

	private async openSidebar(): Promise<void> {
		const { workspace } = this.app;
		let leaf = workspace.getLeavesOfType(VIEW_TYPE)[0];
		if (!leaf) {
			const right = workspace.getRightLeaf(false);
			if (!right) return;
			await right.setViewState({ type: VIEW_TYPE, active: true });
			leaf = right;
		}
		await workspace.revealLeaf(leaf);
	}
}
