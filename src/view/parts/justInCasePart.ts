import type { SidebarPart } from "../SidebarPart";

/** Placeholder until the feature lands. */
export const justInCasePart: SidebarPart = {
	id: "justInCase",
	title: "view.part.justInCase",
	icon: "archive",
	render() {
		return null;
	},
};
