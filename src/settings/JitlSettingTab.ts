import { type App, type Plugin, PluginSettingTab, Setting } from "obsidian";
import type { JitlSettings } from "../core/settings";
import { validateFolder, validateGoal, validateHeading, validateStatusKey, validateTag, validateTagList } from "../core/settingsValidation";
import type { TranslationKey } from "../i18n/locales";
import { t } from "../i18n/t";
import type { JitlContext } from "../obsidian/JitlContext";
import { div } from "../view/dom";
import { errorMessage } from "./errorMessage";

/** The settings typed in a text field. */
type TextKey = "challengeTag" | "topicTags" | "statusKey" | "justInCaseFolder" | "practiceLogHeading" | "actionItemsHeading" | "dailyGoalMinutes";

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
		const { containerEl: el, ctx } = this;
		el.empty();
		const heading = (name: TranslationKey) => new Setting(el).setName(t(name)).setHeading();
		const row = (name: TranslationKey, desc: TranslationKey) => new Setting(el).setName(t(name)).setDesc(t(desc));
		const toggle = (key: "doneDate" | "updatePracticeProperties", name: TranslationKey, desc: TranslationKey) =>
			row(name, desc).addToggle((tg) => tg.setValue(ctx.settings[key]).onChange((v) => void ctx.updateSettings({ [key]: v })));
		/** A text setting, shown as stored (a list joined by commas) and saved only when `validate` accepts it. */
		const text = <K extends TextKey>(
			key: K,
			name: TranslationKey,
			desc: TranslationKey,
			validate: (input: string) => Validation<JitlSettings[K]> | { ok: true; value: unknown } | { ok: false; error: string },
		) => {
			const setting = row(name, desc);
			const stored = ctx.settings[key];
			const error = div(setting.descEl, ["jitl-setting-error", "jitl-hidden"], undefined, { role: "alert" });
			setting.addText((field) => {
				field.setValue(Array.isArray(stored) ? stored.join(", ") : String(stored));
				field.inputEl.setAttr("aria-label", t(name));
				field.onChange(async (input) => {
					const r = validate(input);
					if (!r.ok) error.setText(errorMessage(r.error));
					error.toggleClass("jitl-hidden", r.ok);
					field.inputEl.setAttr("aria-invalid", r.ok ? null : "true");
					if (r.ok) await ctx.updateSettings({ [key]: r.value });
				});
			});
		};

		heading("settings.heading.notes");
		text("challengeTag", "settings.challengeTag.name", "settings.challengeTag.desc", validateTag);
		text("topicTags", "settings.topicTags.name", "settings.topicTags.desc", validateTagList);
		text("statusKey", "settings.statusKey.name", "settings.statusKey.desc", validateStatusKey);
		text("actionItemsHeading", "settings.actionItemsHeading.name", "settings.actionItemsHeading.desc", validateHeading);
		toggle("doneDate", "settings.doneDate.name", "settings.doneDate.desc");

		heading("settings.heading.practice");
		text("practiceLogHeading", "settings.heading.name", "settings.heading.desc", validateHeading);
		text("dailyGoalMinutes", "settings.goal.name", "settings.goal.desc", validateGoal);
		toggle("updatePracticeProperties", "settings.practiceProps.name", "settings.practiceProps.desc");

		heading("settings.heading.parking");
		text("justInCaseFolder", "settings.folder.name", "settings.folder.desc", (v) => validateFolder(v, this.app.vault.configDir));
		row("settings.parkReplacement.name", "settings.parkReplacement.desc").addDropdown((dd) =>
			dd
				.addOption("link", t("settings.parkReplacement.link"))
				.addOption("remove", t("settings.parkReplacement.remove"))
				.setValue(ctx.settings.parkReplacement)
				.onChange((v) => void ctx.updateSettings({ parkReplacement: v === "remove" ? "remove" : "link" })),
		);
	}
}
