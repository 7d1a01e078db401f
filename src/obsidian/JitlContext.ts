import type { App, Events } from "obsidian";
import type { LearningIndex } from "../core/index/LearningIndex";
import type { JitlSettings } from "../core/settings";
import type { LocalDay } from "../core/types";
import type { WriteQueue } from "./writes/WriteQueue";

/**
 * The narrow set of services every command, view and feature is built with.
 * Nothing holds the plugin itself, so each piece can be tested with a fake app.
 */
export interface JitlContext {
	app: App;
	/** Live settings; read them at use time, never cache. */
	readonly settings: JitlSettings;
	/** Saves a change to settings (re-indexing when a classification setting changed). */
	updateSettings(patch: Partial<JitlSettings>): Promise<void>;
	index: LearningIndex;
	/** True once the first index build after layout-ready is complete. */
	readonly isReady: boolean;
	/** Resolves when the first index build is complete. */
	whenReady(): Promise<void>;
	/** Serialises writes per file. */
	writes: WriteQueue;
	/** Fires `index-changed` after every index update (views re-render, debounced). */
	events: Events;
	/** Today as a local calendar day. */
	today(): LocalDay;
	/** Current time in ms (overridable in tests through fake timers). */
	now(): number;
	/** Opens the sidebar in the right split, creating it if needed. */
	openSidebar(): Promise<void>;
}

export const INDEX_CHANGED = "index-changed";
