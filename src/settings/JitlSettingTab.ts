import { type App, type Plugin, PluginSettingTab, Setting } from "obsidian";
import { normalizeUserPath } from "../core/paths";
import type { JitlSettings } from "../core/settings";
import { validateGoal, validateHeading, validateStatusKey, validateTag, validateTagList } from "../core/settingsValidation";
import type { TranslationKey } from "../i18n/locales";
import { t } from "../i18n/t";
import type { JitlContext } from "../obsidian/JitlContext";
import { errorMessage } from "./errorMessage";

type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The settings tab. Text settings are validated as the user types; a bad value
 * is explained under the field and not saved, so the last good value stays in force.
 */
export class JitlSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly ctx: JitlContext,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.ctx.settings;

		new Setting(containerEl).setName(t("settings.heading.notes")).setHeading();
		this.text("challengeTag", { name: "settings.challengeTag.name", desc: "settings.challengeTag.desc" }, s.challengeTag, (v) => validateTag(v));
		this.text("topicTags", { name: "settings.topicTags.name", desc: "settings.topicTags.desc" }, s.topicTags.join(", "), (v) => validateTagList(v));
		this.text("statusKey", { name: "settings.statusKey.name", desc: "settings.statusKey.desc" }, s.statusKey, (v) => validateStatusKey(v));
		this.text("actionItemsHeading", { name: "settings.actionItemsHeading.name", desc: "settings.actionItemsHeading.desc" }, s.actionItemsHeading, (v) => validateHeading(v));
		new Setting(containerEl)
			.setName(t("settings.doneDate.name"))
			.setDesc(t("settings.doneDate.desc"))
			.addToggle((tg) => tg.setValue(s.doneDate).onChange((v) => void this.ctx.updateSettings({ doneDate: v })));

		new Setting(containerEl).setName(t("settings.heading.practice")).setHeading();
		this.text("practiceLogHeading", { name: "settings.heading.name", desc: "settings.heading.desc" }, s.practiceLogHeading, (v) => validateHeading(v));
		this.text("dailyGoalMinutes", { name: "settings.goal.name", desc: "settings.goal.desc" }, String(s.dailyGoalMinutes), (v) => validateGoal(v));
		new Setting(containerEl)
			.setName(t("settings.practiceProps.name"))
			.setDesc(t("settings.practiceProps.desc"))
			.addToggle((tg) =>
				tg.setValue(s.updatePracticeProperties).onChange((v) => void this.ctx.updateSettings({ updatePracticeProperties: v })),
			);

		new Setting(containerEl).setName(t("settings.heading.parking")).setHeading();
		this.text("justInCaseFolder", { name: "settings.folder.name", desc: "settings.folder.desc" }, s.justInCaseFolder, (v) => {
			const r = normalizeUserPath(v, this.app.vault.configDir);
			return r.ok ? { ok: true, value: r.path } : { ok: false, error: r.error };
		});
		new Setting(containerEl)
			.setName(t("settings.parkReplacement.name"))
			.setDesc(t("settings.parkReplacement.desc"))
			.addDropdown((dd) =>
				dd
					.addOption("link", t("settings.parkReplacement.link"))
					.addOption("remove", t("settings.parkReplacement.remove"))
					.setValue(s.parkReplacement)
					.onChange((v) => void this.ctx.updateSettings({ parkReplacement: v === "remove" ? "remove" : "link" })),
			);
	}

	private text<K extends keyof JitlSettings>(
		key: K,
		label: { name: TranslationKey; desc: TranslationKey },
		value: string,
		validate: (input: string) => Validation<JitlSettings[K]> | { ok: true; value: unknown } | { ok: false; error: string },
	): void {
		const setting = new Setting(this.containerEl).setName(t(label.name)).setDesc(t(label.desc));
		const error = setting.descEl.createDiv({ cls: ["jitl-setting-error", "jitl-hidden"] });
		error.setAttr("role", "alert");
		setting.addText((text) => {
			text.setValue(value);
			text.inputEl.setAttr("aria-label", t(label.name));
			text.onChange(async (input) => {
				const r = validate(input);
				if (!r.ok) {
					error.setText(errorMessage(r.error));
					error.removeClass("jitl-hidden");
					text.inputEl.setAttr("aria-invalid", "true");
					return;
				}
				error.addClass("jitl-hidden");
				text.inputEl.removeAttribute("aria-invalid");
				const patch: Partial<JitlSettings> = { [key]: r.value };
				await this.ctx.updateSettings(patch);
			});
		});
	}
}
