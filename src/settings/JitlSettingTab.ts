import { type App, type Plugin, PluginSettingTab, Setting } from "obsidian";
import { normalizeUserPath } from "../core/paths";
import type { JitlSettings } from "../core/settings";
import { validateGoal, validateHeading, validateStatusKey, validateTag, validateTagList } from "../core/settingsValidation";
import type { TranslationKey } from "../i18n/locales";
import { t } from "../i18n/t";
import type { JitlContext } from "../obsidian/JitlContext";

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
		this.text("challengeTag", "settings.challengeTag", s.challengeTag, (v) => validateTag(v));
		this.text("topicTags", "settings.topicTags", s.topicTags.join(", "), (v) => validateTagList(v));
		this.text("statusKey", "settings.statusKey", s.statusKey, (v) => validateStatusKey(v));
		this.text("actionItemsHeading", "settings.actionItemsHeading", s.actionItemsHeading, (v) => validateHeading(v));
		new Setting(containerEl)
			.setName(t("settings.doneDate.name"))
			.setDesc(t("settings.doneDate.desc"))
			.addToggle((tg) => tg.setValue(s.doneDate).onChange((v) => void this.ctx.updateSettings({ doneDate: v })));

		new Setting(containerEl).setName(t("settings.heading.practice")).setHeading();
		this.text("practiceLogHeading", "settings.heading", s.practiceLogHeading, (v) => validateHeading(v));
		this.text("dailyGoalMinutes", "settings.goal", String(s.dailyGoalMinutes), (v) => validateGoal(v));
		new Setting(containerEl)
			.setName(t("settings.practiceProps.name"))
			.setDesc(t("settings.practiceProps.desc"))
			.addToggle((tg) =>
				tg.setValue(s.updatePracticeProperties).onChange((v) => void this.ctx.updateSettings({ updatePracticeProperties: v })),
			);

		new Setting(containerEl).setName(t("settings.heading.parking")).setHeading();
		this.text("justInCaseFolder", "settings.folder", s.justInCaseFolder, (v) => {
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
		label: "settings.challengeTag" | "settings.topicTags" | "settings.statusKey" | "settings.actionItemsHeading" | "settings.heading" | "settings.goal" | "settings.folder",
		value: string,
		validate: (input: string) => Validation<JitlSettings[K]> | { ok: true; value: unknown } | { ok: false; error: string },
	): void {
		const setting = new Setting(this.containerEl).setName(t(`${label}.name`)).setDesc(t(`${label}.desc`));
		const error = setting.descEl.createDiv({ cls: ["jitl-setting-error", "jitl-hidden"] });
		error.setAttr("role", "alert");
		setting.addText((text) => {
			text.setValue(value);
			text.inputEl.setAttr("aria-label", t(`${label}.name`));
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

/** Maps a validation error code from the core to its message. */
export function errorMessage(code: string): string {
	const known: Record<string, TranslationKey> = {
		empty: "settings.error.empty",
		absolute: "settings.error.absolute",
		drive: "settings.error.drive",
		"dot-segment": "settings.error.dot-segment",
		"config-dir": "settings.error.config-dir",
		"illegal-chars": "settings.error.illegal-chars",
		newline: "settings.error.newline",
		colon: "settings.error.colon",
		"starts-with-hash": "settings.error.starts-with-hash",
		"digits-only": "settings.error.digits-only",
		illegal: "settings.error.illegal",
		"not-a-number": "settings.error.not-a-number",
		"not-whole": "settings.error.not-a-number",
		"too-small": "settings.error.range",
		"too-large": "settings.error.range",
		range: "settings.error.range",
	};
	return t(known[code] ?? "settings.error.illegal");
}
