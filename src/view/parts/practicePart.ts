import type { SidebarPart } from "../SidebarPart";

/** Placeholder until the feature lands. */
export const practicePart: SidebarPart = {
	id: "practice",
	title: "view.part.practice",
	icon: "timer",
	render() {
		return null;
	},
};
