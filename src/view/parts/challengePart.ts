import { Component } from "obsidian";
import { renderCurrentChallenge } from "../../features/challenge/sidebar/renderCurrentChallenge";
import { renderPickNext } from "../../features/challenge/sidebar/renderPickNext";
import type { SidebarPart } from "../SidebarPart";

/**
 * Rendered Markdown (item texts) registers children on a component; one per
 * render, unloaded by the next, keeps re-renders from piling them up on the view.
 */
const owners = new WeakMap<HTMLElement, Component>();

/** The sidebar's first part: the current challenge, or how to pick one. */
export const challengePart: SidebarPart = {
	id: "challenge",
	title: "view.part.challenge",
	icon: "target",
	render(body, model, v) {
		const previous = owners.get(body);
		if (previous) v.component.removeChild(previous);
		const current = model.current;
		if (!current) {
			owners.delete(body);
			renderPickNext(body, model, v);
			return null;
		}
		const owner = v.component.addChild(new Component());
		owners.set(body, owner);
		renderCurrentChallenge(body, model, current, v, owner);
		return current.total > 0 ? `${current.done}/${current.total}` : null;
	},
};
