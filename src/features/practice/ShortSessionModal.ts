import { type App, Modal } from "obsidian";
import { t } from "../../i18n/t";
import { dialogButtons } from "../../view/dialogButtons";

export type ShortSessionChoice = "log" | "discard" | "keep";

/**
 * Asks what to do with a session under a minute, which is more often a slip
 * than practice. Closing the dialog without choosing keeps the timer running.
 */
export class ShortSessionModal extends Modal {
	private choice: ShortSessionChoice = "keep";

	constructor(
		app: App,
		private readonly seconds: number,
		private readonly onChoose: (choice: ShortSessionChoice) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(t("practice.short.title"));
		const { contentEl } = this;
		contentEl.addClass("jitl-practice-short");
		contentEl.createEl("p", { text: t("practice.short.text", { seconds: this.seconds }) });
		contentEl.createEl("p", { cls: "setting-item-description", text: t("practice.short.hint") });
		const choose = (choice: ShortSessionChoice) => () => {
			this.choice = choice;
			this.close();
		};
		const [log] = dialogButtons(contentEl, [
			{ text: t("practice.short.log"), cls: "mod-cta", onClick: choose("log") },
			{ text: t("practice.short.discard"), cls: "mod-warning", onClick: choose("discard") },
		]);
		log.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		this.onChoose(this.choice);
	}
}

/** Opens the dialog and resolves with the user's choice ("keep" when dismissed). */
export function askShortSession(app: App, seconds: number): Promise<ShortSessionChoice> {
	return new Promise((resolve) => new ShortSessionModal(app, seconds, resolve).open());
}
