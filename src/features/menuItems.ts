import { type Menu, type TAbstractFile, TFile } from "obsidian";

/** A Markdown note: the only kind of file the commands and menu entries act on. */
export function isNote(file: TAbstractFile | null | undefined): file is TFile {
	return file instanceof TFile && file.extension === "md";
}

/** Adds one entry to a file or editor menu, in `section` when given. */
export function addMenuItem(menu: Menu, title: string, icon: string, onClick: () => void, section?: string): void {
	menu.addItem((item) => {
		item.setTitle(title).setIcon(icon).onClick(onClick);
		if (section) item.setSection(section);
	});
}
