import type { Plugin } from "obsidian";
import type { JitlContext } from "../obsidian/JitlContext";

/** A feature installs its commands, menus and status bar items on the plugin. */
export type InstallFeature = (plugin: Plugin, ctx: JitlContext) => void;
