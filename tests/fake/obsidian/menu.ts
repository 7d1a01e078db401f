/**
 * `Menu` and `MenuItem`, recorded instead of drawn: a test reads `menu.items` (or the
 * helpers `menuItemTitles` / `clickMenuItem`) and `shownMenus`.
 */
import type { Menu as ObsidianMenu } from "obsidian";
import { make, setContent } from "./html";

export class MenuItem {
	dom: HTMLElement;
	titleEl: HTMLElement;
	iconEl: HTMLElement;
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	section = "";
	warning = false;
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	submenu: Menu | null = null;

	constructor() {
		this.dom = make("div", "menu-item");
		this.iconEl = make("div", "menu-item-icon", this.dom);
		this.titleEl = make("div", "menu-item-title", this.dom);
	}

	setTitle(title: string | DocumentFragment): this {
		setContent(this.titleEl, title);
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	setIsLabel(isLabel: boolean): this {
		void isLabel;
		return this;
	}

	setWarning(isWarning: boolean): this {
		this.warning = isWarning;
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}

	setSubmenu(): Menu {
		this.submenu = new Menu();
		return this.submenu;
	}
}

export const shownMenus: Menu[] = [];

export function clearMenus(): void {
	shownMenus.length = 0;
}

export class Menu {
	items: (MenuItem | "separator")[] = [];
	private readonly hideCallbacks: (() => unknown)[] = [];

	static forEvent(evt: MouseEvent | PointerEvent): Menu {
		void evt;
		return new Menu();
	}

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}

	addSeparator(): this {
		this.items.push("separator");
		return this;
	}

	setNoIcon(): this {
		return this;
	}

	setUseNativeMenu(useNativeMenu: boolean): this {
		void useNativeMenu;
		return this;
	}

	showAtMouseEvent(evt: MouseEvent): this {
		void evt;
		shownMenus.push(this);
		return this;
	}

	showAtPosition(position: { x: number; y: number }, doc?: Document): this {
		void position;
		void doc;
		shownMenus.push(this);
		return this;
	}

	hide(): this {
		for (const cb of this.hideCallbacks.splice(0)) cb();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}
}

/** Fake helper: the titles of a menu's items, in order (separators left out). */
export function menuItemTitles(obsidianMenu: Menu | ObsidianMenu): string[] {
	const menu = obsidianMenu as unknown as Menu;
	return menu.items.filter((i): i is MenuItem => i !== "separator").map((i) => i.titleEl.textContent ?? "");
}

/** Fake helper: clicks the item with this title; throws when there is none or it is disabled. */
export async function clickMenuItem(obsidianMenu: Menu | ObsidianMenu, title: string): Promise<void> {
	const menu = obsidianMenu as unknown as Menu;
	const item = menu.items.find((i): i is MenuItem => i !== "separator" && i.titleEl.textContent === title);
	if (!item) throw new Error(`No menu item "${title}" (have: ${menuItemTitles(obsidianMenu).join(", ")})`);
	if (item.disabled) throw new Error(`Menu item "${title}" is disabled`);
	await item.callback?.(new MouseEvent("click"));
	menu.hide();
}
