import { type App, Modal } from "obsidian";
import { t } from "../../i18n/t";
import { dialogButtons } from "../../view/dialogButtons";
import { div } from "../../view/dom";
import { cleanItemText } from "./cleanItemText";

export interface AddActionItemOptions {
	/** Title of the challenge the item goes to, shown so the user knows where it lands. */
	title: string;
	heading: string;
	onSubmit(text: string): void;
}

/** A one-line prompt for a new action item: Enter adds it, Escape cancels. */
export class AddActionItemModal extends Modal {
	constructor(
		app: App,
		private readonly opts: AddActionItemOptions,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl, opts } = this;
		this.setTitle(t("challenge.modal.title"));
		contentEl.addClass("jitl-add-item-modal");
		contentEl.createEl("p", { cls: "jitl-modal-target", text: t("challenge.modal.target", { title: opts.title, heading: opts.heading }) });
		const input = contentEl.createEl("input", {
			type: "text",
			cls: "jitl-add-item-input",
			attr: { placeholder: t("challenge.modal.placeholder"), "aria-label": t("challenge.modal.placeholder") },
		});
		const error = div(contentEl, ["jitl-modal-error", "jitl-hidden"], t("challenge.modal.empty"));
		const submit = () => {
			if (cleanItemText(input.value) === "") {
				error.removeClass("jitl-hidden");
				input.focus();
				return;
			}
			opts.onSubmit(input.value);
			this.close();
		};
		input.addEventListener("keydown", (evt) => {
			// Enter while an input method is composing (Chinese, Japanese) confirms the characters, not the item.
			if (evt.key === "Enter" && !evt.isComposing) {
				evt.preventDefault();
				submit();
			}
		});
		dialogButtons(contentEl, [
			{ text: t("challenge.modal.add"), cls: "mod-cta", onClick: submit },
			{ text: t("challenge.modal.cancel"), onClick: () => this.close() },
		]);
		input.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
