import type { PartContext } from "../../../view/PartContext";
import { SESSION_CHANGED } from "../sessionEvents";

interface Live {
	/** Refreshes the running timer's text; replaced on each render, null when none is shown. */
	tick: (() => void) | null;
}

const views = new WeakMap<object, Live>();

/**
 * Per open sidebar, once: re-render when a session starts or stops, and tick the
 * shown timer every second (the view itself only re-renders every 30 s). Both
 * are registered on the view, so closing it stops them.
 */
export function liveSession(v: PartContext): Live {
	let live = views.get(v.component);
	if (!live) {
		const state: Live = { tick: null };
		views.set(v.component, state);
		v.component.registerEvent(v.ctx.events.on(SESSION_CHANGED, () => v.requestRender()));
		v.component.registerInterval(window.setInterval(() => state.tick?.(), 1000));
		live = state;
	}
	live.tick = null;
	return live;
}
