import type { SidebarPart } from "../SidebarPart";

/** Placeholder until the feature lands. */
export const topicsPart: SidebarPart = {
	id: "topics",
	title: "view.part.topics",
	icon: "lightbulb",
	render() {
		return null;
	},
};
