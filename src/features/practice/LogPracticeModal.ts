import { type App, Modal } from "obsidian";
import { isValidDay, type NewEntry, validateMinutes } from "../../core/practice";
import type { LocalDay } from "../../core/types";
import { t } from "../../i18n/t";
import { dialogButtons } from "../../view/dialogButtons";


/** Message for each reason the minutes field can be invalid. */
const MINUTES_ERRORS = {
	empty: "practice.modal.error.empty",
	"not-a-number": "practice.modal.error.not-a-number",
	"not-whole": "practice.modal.error.not-whole",
	"too-small": "practice.modal.error.too-small",
	"too-large": "practice.modal.error.too-large",
} as const;

/** What the form starts with; a stopped session that ran too long pre-fills it. */
export interface LogDraft {
	day: LocalDay;
	minutes?: number;
	/** Kept on the entry while the day stays as drafted (a session's start time). */
	time?: string;
	/** Shown above the fields to say why the form opened. */
	note?: string;
}

export interface LogModalOptions {
	title: string;
	today: LocalDay;
	draft?: LogDraft;
	onSubmit(entry: NewEntry): void;
	onCancel?(): void;
}

let fieldIds = 0;

/**
 * Minutes, an optional comment and the day. Each keystroke is checked, the
 * reason shown under the field, and the Log button stays disabled until the
 * form would write a line the log can read back.
 */
export class LogPracticeModal extends Modal {
	private minutesEl!: HTMLInputElement;
	private commentEl!: HTMLInputElement;
	private dayEl!: HTMLInputElement;
	private minutesError!: HTMLElement;
	private dayError!: HTMLElement;
	private submitEl!: HTMLButtonElement;
	private touched = false;
	private submitted = false;

	constructor(
		app: App,
		private readonly opts: LogModalOptions,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl, opts } = this;
		this.setTitle(t("practice.modal.title", { title: opts.title }));
		contentEl.addClass("jitl-practice-log");
		if (opts.draft?.note) contentEl.createEl("p", { cls: "jitl-practice-log-note", text: opts.draft.note });
		[this.minutesEl, this.minutesError] = this.field(t("practice.modal.minutes"), "text");
		this.minutesEl.setAttr("inputmode", "numeric");
		if (opts.draft?.minutes !== undefined) this.minutesEl.value = String(opts.draft.minutes);
		[this.commentEl] = this.field(t("practice.modal.comment"), "text");
		[this.dayEl, this.dayError] = this.field(t("practice.modal.day"), "date");
		this.dayEl.max = opts.today;
		this.dayEl.value = opts.draft?.day ?? opts.today;

		[this.submitEl] = dialogButtons(contentEl, [
			{ text: t("practice.modal.submit"), cls: "mod-cta", onClick: () => this.submit() },
			{ text: t("practice.modal.cancel"), onClick: () => this.close() },
		]);

		this.minutesEl.addEventListener("input", () => {
			this.touched = true;
			this.validate();
		});
		for (const type of ["input", "change"]) this.dayEl.addEventListener(type, () => this.validate());
		contentEl.addEventListener("keydown", (evt) => {
			if (evt.key !== "Enter" || evt.isComposing || !(evt.target instanceof HTMLInputElement)) return;
			evt.preventDefault();
			this.submit();
		});
		this.touched = opts.draft?.minutes !== undefined;
		this.validate();
		this.minutesEl.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.submitted) this.opts.onCancel?.();
	}

	private field(label: string, type: string): [HTMLInputElement, HTMLElement] {
		const id = `jitl-practice-field-${++fieldIds}`;
		const wrap = this.contentEl.createDiv({ cls: "jitl-practice-field" });
		wrap.createEl("label", { text: label, attr: { for: id } });
		const input = wrap.createEl("input", { type, attr: { id, "aria-describedby": `${id}-error` } });
		const error = wrap.createDiv({ cls: ["jitl-practice-error", "jitl-hidden"], attr: { id: `${id}-error`, "aria-live": "polite" } });
		return [input, error];
	}

	/** Returns the entry when the form is valid, updating the errors and the button either way. */
	private validate(): NewEntry | null {
		const minutes = validateMinutes(this.minutesEl.value);
		const day = this.dayEl.value;
		const dayOk = isValidDay(day) && day <= this.opts.today;
		const minutesMessage = minutes.ok || !this.touched ? null : t(MINUTES_ERRORS[minutes.reason]);
		showError(this.minutesEl, this.minutesError, minutesMessage);
		showError(this.dayEl, this.dayError, dayOk ? null : t("practice.modal.error.day"));
		this.submitEl.disabled = !minutes.ok || !dayOk;
		if (!minutes.ok || !dayOk) return null;
		const comment = this.commentEl.value.trim();
		const draft = this.opts.draft;
		return {
			day,
			minutes: minutes.minutes,
			...(draft?.time && draft.day === day ? { time: draft.time } : {}),
			...(comment ? { comment } : {}),
		};
	}

	private submit(): void {
		this.touched = true;
		const entry = this.validate();
		if (!entry) return;
		this.submitted = true;
		this.close();
		this.opts.onSubmit(entry);
	}
}

function showError(input: HTMLInputElement, el: HTMLElement, message: string | null): void {
	el.setText(message ?? "");
	el.toggleClass("jitl-hidden", message === null);
	input.setAttr("aria-invalid", String(message !== null));
}
