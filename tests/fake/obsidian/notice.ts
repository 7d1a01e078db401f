/**
 * `Notice`: shown in a notice container on the page and recorded in `notices`, so a
 * test can check what the user was told. Hidden notices stay in the record.
 */
import { make, setContent } from "./html";

export interface NoticeRecord {
	/** The notice's current text. */
	readonly text: string;
	duration: number | undefined;
	hidden: boolean;
	notice: Notice;
}

export const notices: NoticeRecord[] = [];

export function clearNotices(): void {
	notices.length = 0;
}

function container(): HTMLElement {
	return document.body.querySelector<HTMLElement>(".notice-container") ?? make("div", "notice-container", document.body);
}

export class Notice {
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	noticeEl: HTMLElement;
	private readonly record: NoticeRecord;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.containerEl = make("div", "notice", container());
		this.messageEl = make("div", "notice-message", this.containerEl);
		this.noticeEl = this.messageEl;
		setContent(this.messageEl, message);
		const el = this.messageEl;
		this.record = {
			get text() {
				return el.textContent ?? "";
			},
			duration,
			hidden: false,
			notice: this,
		};
		notices.push(this.record);
		if (duration !== 0) window.setTimeout(() => this.hide(), duration ?? 5000);
	}

	setMessage(message: string | DocumentFragment): this {
		setContent(this.messageEl, message);
		return this;
	}

	hide(): void {
		this.record.hidden = true;
		this.containerEl.remove();
	}
}
