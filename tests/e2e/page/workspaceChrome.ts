/**
 * Lays the fake workspace out like Obsidian's window: the ribbon on the left,
 * the main area (the open note) in the middle, the right sidebar (~320 px)
 * holding the plugin's view, a status bar, and view headers with their titles.
 */
import { type App, type WorkspaceLeaf, setIcon } from "obsidian";

export interface Chrome {
	main: HTMLElement;
	right: HTMLElement;
	/** Puts every leaf where it belongs and refreshes the headers. */
	place(): void;
}

export function buildChrome(app: App, body: HTMLElement): Chrome {
	const fake = app as App & { ribbonEl: HTMLElement; statusBarEl: HTMLElement };
	const container = body.createDiv({ cls: "app-container" });
	const workspace = container.createDiv({ cls: "workspace" });
	fake.ribbonEl.addClass("workspace-ribbon", "mod-left");
	workspace.appendChild(fake.ribbonEl);
	const main = workspace.createDiv({ cls: ["workspace-split", "mod-vertical", "mod-root"] });
	const right = workspace.createDiv({ cls: ["workspace-split", "mod-horizontal", "mod-sidedock", "mod-right-split"] });
	const tabs = right.createDiv({ cls: "workspace-tab-header-container" });
	const rightLeaves = right.createDiv({ cls: "workspace-tab-container" });
	body.appendChild(fake.statusBarEl);

	const place = () => {
		tabs.empty();
		app.workspace.iterateAllLeaves((leaf) => {
			// The fake's leaves have an element and a place, as Obsidian's do internally.
			const { location, containerEl } = leaf as WorkspaceLeaf & { location: string; containerEl: HTMLElement };
			const target = location === "right" ? rightLeaves : main;
			if (containerEl.parentElement !== target) target.appendChild(containerEl);
			const title = leaf.view.containerEl.querySelector(".view-header-title");
			if (title) title.textContent = leaf.getDisplayText();
			if (location === "right") {
				const tab = tabs.createDiv({ cls: ["workspace-tab-header", "is-active"], attr: { "aria-label": leaf.getDisplayText() } });
				setIcon(tab.createDiv({ cls: "workspace-tab-header-inner-icon" }), leaf.getIcon());
			}
		});
	};
	app.workspace.on("layout-change", place);
	app.workspace.on("active-leaf-change", place);
	return { main, right, place };
}
