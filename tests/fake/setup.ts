/**
 * Vitest setup for the plugin project: installs Obsidian's DOM and built-in helpers on
 * happy-dom, and clears recorded notices, menus and modals between tests.
 */
import { afterEach } from "vitest";
import { clearMenus, clearNotices, installDomHelpers, openModals } from "./obsidian/index";

installDomHelpers(window);

afterEach(() => {
	clearNotices();
	clearMenus();
	for (const modal of openModals.slice()) modal.close();
});
