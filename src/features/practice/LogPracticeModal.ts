import { type App, Modal } from "obsidian";
import { isValidDay, type NewEntry, validateMinutes } from "../../core/practice";
import { t } from "../../i18n/t";
import { dialogButtons } from "../../view/dialogButtons";
import { div } from "../../view/dom";
import type { LogModalOptions } from "./logModalOptions";

/** Message for each reason the minutes field can be invalid. */
const MINUTES_ERRORS = {
	empty: "practice.modal.error.empty",
	"not-a-number": "practice.modal.error.not-a-number",
	"not-whole": "practice.modal.error.not-whole",
	"too-small": "practice.modal.error.too-small",
	"too-large": "practice.modal.error.too-large",
} as const;

let fieldIds = 0;

/**
 * Minutes, an optional comment and the day. Each keystroke is checked, the
 * reason shown under the field, and the Log button stays disabled until the
 * form would write a line the log can read back.
 */
export class LogPracticeModal extends Modal {
	private submitted = false;

	constructor(
		app: App,
		private readonly opts: LogModalOptions,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl, opts } = this;
		const draft = opts.draft;
		this.setTitle(t("practice.modal.title", { title: opts.title }));
		contentEl.addClass("jitl-practice-log");
		if (draft?.note) contentEl.createEl("p", { cls: "jitl-practice-log-note", text: draft.note });
		const [minutesEl, minutesError] = field(contentEl, t("practice.modal.minutes"), "text");
		minutesEl.setAttr("inputmode", "numeric");
		if (draft?.minutes !== undefined) minutesEl.value = String(draft.minutes);
		const [commentEl] = field(contentEl, t("practice.modal.comment"), "text");
		const [dayEl, dayError] = field(contentEl, t("practice.modal.day"), "date");
		dayEl.max = opts.today;
		dayEl.value = draft?.day ?? opts.today;

		const [submitEl] = dialogButtons(contentEl, [
			{ text: t("practice.modal.submit"), cls: "mod-cta", onClick: () => submit() },
			{ text: t("practice.modal.cancel"), onClick: () => this.close() },
		]);

		// The minutes field says what is wrong once the user typed in it (or the draft filled it).
		let touched = false;
		/** Returns the entry when the form is valid, updating the errors and the button either way. */
		const validate = (): NewEntry | null => {
			const minutes = validateMinutes(minutesEl.value);
			const day = dayEl.value;
			const dayOk = isValidDay(day) && day <= opts.today;
			const minutesMessage = minutes.ok || !touched ? null : t(MINUTES_ERRORS[minutes.reason]);
			showError(minutesEl, minutesError, minutesMessage);
			showError(dayEl, dayError, dayOk ? null : t("practice.modal.error.day"));
			submitEl.disabled = !minutes.ok || !dayOk;
			if (!minutes.ok || !dayOk) return null;
			const comment = commentEl.value.trim();
			return {
				day,
				minutes: minutes.minutes,
				...(draft?.time && draft.day === day ? { time: draft.time } : {}),
				...(comment ? { comment } : {}),
			};
		};
		const submit = () => {
			touched = true;
			const entry = validate();
			if (!entry) return;
			this.submitted = true;
			this.close();
			opts.onSubmit(entry);
		};

		minutesEl.addEventListener("input", () => {
			touched = true;
			validate();
		});
		for (const type of ["input", "change"]) dayEl.addEventListener(type, validate);
		contentEl.addEventListener("keydown", (evt) => {
			if (evt.key !== "Enter" || evt.isComposing || !(evt.target instanceof HTMLInputElement)) return;
			evt.preventDefault();
			submit();
		});
		touched = draft?.minutes !== undefined;
		validate();
		minutesEl.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.submitted) this.opts.onCancel?.();
	}
}

/** A labelled input with its error line below, linked for screen readers. */
function field(parent: HTMLElement, label: string, type: string): [HTMLInputElement, HTMLElement] {
	const id = `jitl-practice-field-${++fieldIds}`;
	const wrap = div(parent, "jitl-practice-field");
	wrap.createEl("label", { text: label, attr: { for: id } });
	const input = wrap.createEl("input", { type, attr: { id, "aria-describedby": `${id}-error` } });
	const error = div(wrap, ["jitl-practice-error", "jitl-hidden"], undefined, { id: `${id}-error`, "aria-live": "polite" });
	return [input, error];
}

function showError(input: HTMLInputElement, el: HTMLElement, message: string | null): void {
	el.setText(message ?? "");
	el.toggleClass("jitl-hidden", message === null);
	input.setAttr("aria-invalid", String(message !== null));
}
