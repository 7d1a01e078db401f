import type { SidebarPart } from "../SidebarPart";

/** Placeholder until the feature lands. */
export const challengePart: SidebarPart = {
	id: "challenge",
	title: "view.part.challenge",
	icon: "target",
	render() {
		return null;
	},
};
