/**
 * Loads the built main.js the way Obsidian mobile does: evaluated in a fresh
 * JavaScript realm whose only globals are a browser's (from a happy-dom
 * window), with a `require` that knows `obsidian` and nothing else. Any Node
 * builtin, `electron`, or `process` use shows up here instead of on a phone.
 */
import { createContext, runInContext } from "node:vm";
import { Window } from "happy-dom";
import { createObsidianModule, type ObsidianStub, type StubOptions, type StubWindow } from "./obsidianStub";
import { createStubApp, type StubApp } from "./stub/app";

/** Browser globals handed to the realm (when the window has them); nothing Node-only. */
const BROWSER_GLOBALS = [
	"window", "self", "document", "navigator", "location", "history", "screen", "localStorage", "sessionStorage",
	"performance", "console", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "requestAnimationFrame",
	"cancelAnimationFrame", "queueMicrotask", "getComputedStyle", "matchMedia", "MutationObserver", "ResizeObserver",
	"IntersectionObserver", "Node", "Element", "HTMLElement", "SVGElement", "Text", "Document", "DocumentFragment",
	"Event", "CustomEvent", "KeyboardEvent", "MouseEvent", "FocusEvent", "InputEvent", "EventTarget", "DOMParser",
	"URL", "URLSearchParams", "TextEncoder", "TextDecoder", "Blob", "File", "FileReader", "AbortController", "crypto",
	"structuredClone", "atob", "btoa",
	// Obsidian's own globals, installed on the window by the stub.
	"createEl", "createDiv", "createSpan", "createFragment", "activeWindow", "activeDocument",
];

export interface LoadedPlugin {
	stub: ObsidianStub;
	app: StubApp;
	/** The class main.js exports as default. */
	PluginClass: new (app: unknown, manifest: unknown) => { onload(): Promise<void> | void; unload(): void };
	/** Every module name main.js asked `require` for, in order. */
	requires: string[];
	/** The realm's global object. */
	realm: Record<string, unknown>;
	close(): Promise<void>;
}

function sandboxFor(win: Window): Record<string, unknown> {
	const source = win as unknown as Record<string, unknown>;
	const sandbox: Record<string, unknown> = {};
	for (const name of BROWSER_GLOBALS) {
		const value = source[name];
		if (value === undefined) continue;
		const isFunction = typeof value === "function" && !/^[A-Z]/.test(name);
		sandbox[name] = isFunction ? (value as (...a: unknown[]) => unknown).bind(win) : value;
	}
	sandbox.window = win;
	sandbox.self = win;
	return sandbox;
}

/** Evaluates `source` (main.js) in a new browser-only realm and returns its plugin class. */
export function loadBuiltPlugin(source: string, options: StubOptions = {}): LoadedPlugin {
	const win = new Window({ url: "app://obsidian.md/index.html" });
	const stub = createObsidianModule(win as unknown as StubWindow, options);
	const requires: string[] = [];
	const require = (id: string): unknown => {
		requires.push(id);
		if (id === "obsidian") return stub.module;
		throw new Error(`main.js requires "${id}", which Obsidian mobile does not provide`);
	};
	const realm = createContext(sandboxFor(win));
	const wrapper = runInContext(`(function (module, exports, require) {\n${source}\n})`, realm, { filename: "main.js" }) as (
		m: { exports: Record<string, unknown> },
		e: Record<string, unknown>,
		r: typeof require,
	) => void;
	const mod: { exports: Record<string, unknown> } = { exports: {} };
	wrapper(mod, mod.exports, require);
	return {
		stub,
		app: createStubApp(),
		PluginClass: (mod.exports.default ?? mod.exports) as LoadedPlugin["PluginClass"],
		requires,
		realm,
		close: () => win.happyDOM.close(),
	};
}
