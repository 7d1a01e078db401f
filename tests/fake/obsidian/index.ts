/**
 * The in-memory fake of the `obsidian` module. Tests alias `obsidian` to this file, so
 * production code gets these classes; test code additionally uses the helpers at the
 * end (`createFakeApp`, `flush`, `notices`, `loadPlugin`, ...). See tests/fake/README.md.
 */
export { App } from "./app";
export { InMemoryAdapter as FileSystemAdapter } from "./adapter";
export { Component } from "./component";
export { debounce, type Debouncer } from "./debounce";
export { Editor } from "./editor";
export { apiVersion, getLanguage, moment, Platform, requireApiVersion } from "./environment";
export { Events, type EventRef } from "./events";
export { FileManager } from "./fileManager";
export { TAbstractFile, TFile, TFolder } from "./files";
export { addIcon, getIcon, getIconIds, removeIcon, setIcon } from "./icons";
export { getFrontMatterInfo } from "./markdown/frontmatter";
export { MarkdownRenderChild, MarkdownRenderer } from "./markdownRenderer";
export { Menu, MenuItem } from "./menu";
export { MetadataCache } from "./metadataCache";
export { Modal } from "./modal";
export { Notice } from "./notice";
export { getLinkpath, normalizePath, parseLinktext } from "./paths";
export { Plugin, type PluginManifest } from "./plugin";
export { Keymap, Scope } from "./scope";
export { Setting } from "./setting";
export {
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
} from "./settingComponents";
export { PluginSettingTab, SettingTab } from "./settingTab";
export { getAllTags, parseFrontMatterAliases, parseFrontMatterEntry, parseFrontMatterStringArray, parseFrontMatterTags } from "./tags";
export { Vault } from "./vault";
export { EditableFileView, FileView, ItemView, MarkdownView, TextFileView, View } from "./views";
export { Workspace, WorkspaceSidedock } from "./workspace";
export { WorkspaceLeaf } from "./workspaceLeaf";
export { parseYaml, stringifyYaml } from "./yaml";
export { requestUrl, request, setTooltip } from "./unsupported";

// Test helpers (not part of Obsidian's API).
export { createFakeApp, type FakeApp, type FakeAppOptions, type FakeFiles } from "./createFakeApp";
export { installDomHelpers } from "./dom";
export { clickMenuItem, clearMenus, menuItemTitles, shownMenus } from "./menu";
export { openModals } from "./modal";
export { clearNotices, notices, type NoticeRecord } from "./notice";
export { loadPlugin, unloadPlugin } from "./plugin";
export { captureHandlerErrors, flush } from "./scheduler";
export type { FakeVaultConfig } from "./vaultConfig";
