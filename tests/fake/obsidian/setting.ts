/**
 * `Setting`: one row of a settings page (name, description, controls), built from the
 * same elements and classes as Obsidian's so tests can find them.
 */
import { make, setContent } from "./html";
import {
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	type BaseComponent,
} from "./settingComponents";

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = make("div", "setting-item", containerEl);
		this.infoEl = make("div", "setting-item-info", this.settingEl);
		this.nameEl = make("div", "setting-item-name", this.infoEl);
		this.descEl = make("div", "setting-item-description", this.infoEl);
		this.controlEl = make("div", "setting-item-control", this.settingEl);
	}

	setName(name: string | DocumentFragment): this {
		setContent(this.nameEl, name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		setContent(this.descEl, desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.nameEl.setAttribute("aria-label", tooltip);
		return this;
	}

	setHeading(): this {
		this.settingEl.classList.add("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.classList.toggle("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}

	private add<T extends BaseComponent>(component: T, cb: (component: T) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}

	addSearch(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}

	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}

	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}

	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}

	clear(): this {
		this.controlEl.replaceChildren();
		this.components = [];
		return this;
	}
}
