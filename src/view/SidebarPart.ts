import type { TranslationKey } from "../i18n/locales";
import type { SidebarModel } from "../core/model/types";
import type { PartContext } from "./PartContext";

/** One of the sidebar's four parts: a collapsible section with a header and a body. */
export interface SidebarPart {
	/** Stable id, kept in settings to remember collapsed parts. */
	id: string;
	title: TranslationKey;
	icon: string;
	/** Fills `body` (already emptied); returns the text of the header's count badge, if any. */
	render(body: HTMLElement, model: SidebarModel, v: PartContext): string | null;
}
