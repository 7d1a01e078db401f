/**
 * The controls `Setting` adds, with real input elements: typing fires `input` and
 * reaches `onChange`; `setValue` does not call `onChange` (except the toggle, which,
 * like Obsidian's, reports a changed value).
 */
import { make, setContent } from "./html";
import { setIcon } from "./icons";

export abstract class BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

abstract class InputComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends BaseComponent {
	private changeCallback?: (value: string) => unknown;

	constructor(public inputEl: E) {
		super();
		inputEl.addEventListener("input", () => void this.changeCallback?.(inputEl.value));
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	onChanged(): void {
		void this.changeCallback?.(this.inputEl.value);
	}

	override setDisabled(disabled: boolean): this {
		this.inputEl.disabled = disabled;
		return super.setDisabled(disabled);
	}
}

export class TextComponent extends InputComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(make("input", { attr: { type: "text", spellcheck: "false" } }, containerEl));
	}
}

export class TextAreaComponent extends InputComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(make("textarea", {}, containerEl));
	}
}

export class ToggleComponent extends BaseComponent {
	toggleEl: HTMLElement;
	private on = false;
	private changeCallback?: (value: boolean) => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = make("div", "checkbox-container", containerEl);
		make("input", { attr: { type: "checkbox", tabindex: 0 } }, this.toggleEl);
		this.toggleEl.addEventListener("click", () => {
			if (!this.disabled) this.setValue(!this.on);
		});
	}

	getValue(): boolean {
		return this.on;
	}

	setValue(on: boolean): this {
		const changed = on !== this.on;
		this.on = on;
		this.toggleEl.classList.toggle("is-enabled", on);
		const input = this.toggleEl.querySelector("input");
		if (input) input.checked = on;
		if (changed) void this.changeCallback?.(on);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.toggleEl.setAttribute("aria-label", tooltip);
		return this;
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	onClick(): void {
		this.setValue(!this.on);
	}
}

export class DropdownComponent extends BaseComponent {
	selectEl: HTMLSelectElement;
	private changeCallback?: (value: string) => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = make("select", "dropdown", containerEl);
		this.selectEl.addEventListener("change", () => void this.changeCallback?.(this.selectEl.value));
	}

	addOption(value: string, display: string): this {
		make("option", { value, text: display }, this.selectEl);
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	override setDisabled(disabled: boolean): this {
		this.selectEl.disabled = disabled;
		return super.setDisabled(disabled);
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	private clickCallback?: (evt: MouseEvent) => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = make("button", {}, containerEl);
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) void this.clickCallback?.(evt);
		});
	}

	setButtonText(name: string): this {
		setContent(this.buttonEl, name);
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute("aria-label", tooltip);
		return this;
	}

	setCta(): this {
		this.buttonEl.classList.add("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.classList.remove("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.classList.add("mod-warning");
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.classList.add(cls);
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.clickCallback = callback;
		return this;
	}

	override setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return super.setDisabled(disabled);
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	private clickCallback?: () => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = make("div", { cls: ["clickable-icon", "extra-setting-button"] }, containerEl);
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) void this.clickCallback?.();
		});
	}

	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttribute("aria-label", tooltip);
		return this;
	}

	onClick(callback: () => unknown): this {
		this.clickCallback = callback;
		return this;
	}
}

export class SliderComponent extends BaseComponent {
	sliderEl: HTMLInputElement;
	private changeCallback?: (value: number) => unknown;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = make("input", { cls: "slider", attr: { type: "range" } }, containerEl);
		this.sliderEl.addEventListener("input", () => void this.changeCallback?.(Number(this.sliderEl.value)));
	}

	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}

	getValue(): number {
		return Number(this.sliderEl.value);
	}

	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}

	setDynamicTooltip(): this {
		return this;
	}

	onChange(callback: (value: number) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}
