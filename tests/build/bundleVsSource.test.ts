import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { runInThisContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import * as fakeObsidian from "../fake/obsidian/index";
import { createFakeApp, flush, loadPlugin as fakeLoadPlugin, unloadPlugin } from "../fake/obsidian/index";
import { loadPlugin, settle } from "../plugin/harness";
import { buildMainJs, ROOT } from "./buildMainJs";

/**
 * The built main.js, loaded on the fake Obsidian, next to the source on the
 * demo vault: what they draw and write must be the same. It covers what the
 * build changes and the source tests cannot see: translation keys turned into
 * numbers and packed strings (scripts/i18n-short-keys.mjs), one read of the
 * obsidian module (scripts/obsidian-once.mjs) and shortened property names
 * (scripts/internal-props.mjs).
 */

function files(dir: string, ext: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
	});
}

/** Every note of the demo vault, by vault path. */
function demoVault(): Record<string, string> {
	const dir = join(ROOT, "demo-vault");
	return Object.fromEntries(
		files(dir, ".md")
			.filter((f) => !relative(dir, f).split(/[\\/]/).some((part) => part.startsWith(".")))
			.map((f) => [relative(dir, f).split(/[\\/]/).join("/"), readFileSync(f, "utf8")]),
	);
}

type Sidebar = { contentEl: HTMLElement; render(): void };
type BuiltPlugin = { context: { whenReady(): Promise<void>; openSidebar(): Promise<void>; writes: { idle(): Promise<void> } } };

describe("built main.js next to the source, on the demo vault", () => {
	let BuiltPluginClass: new (app: never, manifest: never) => BuiltPlugin & { load(): void };
	const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { id: string };

	beforeAll(() => {
		const source = readFileSync(buildMainJs(), "utf8");
		const module = { exports: {} as Record<string, unknown> };
		const require = (id: string): unknown => {
			if (id === "obsidian") return fakeObsidian;
			throw new Error(`main.js requires ${id}`);
		};
		const wrapper = runInThisContext(`(function (module, exports, require) {\n${source}\n})`) as (
			m: typeof module,
			e: typeof module.exports,
			r: typeof require,
		) => void;
		wrapper(module, module.exports, require);
		BuiltPluginClass = module.exports.default as typeof BuiltPluginClass;
	}, 120_000);

	async function builtSidebar(vault: Record<string, string>, language: "en" | "zh") {
		const app = createFakeApp(vault, { language, layoutReady: true });
		const plugin = await fakeLoadPlugin(BuiltPluginClass, app, manifest);
		await plugin.context.whenReady();
		await flush();
		await plugin.context.openSidebar();
		await flush();
		const view = app.workspace.getLeavesOfType("jit-learning-sidebar")[0]?.view as unknown as Sidebar;
		view.render();
		return { app, plugin, view };
	}

	it.each(["en", "zh"] as const)("draws the same sidebar in %s", async (language) => {
		const vault = demoVault();
		const built = await builtSidebar(vault, language);
		const h = await loadPlugin({ files: vault, language });
		const view = await h.openSidebar();
		view.render();
		built.view.render();
		// The demo vault has a current challenge with a deadline, action items, a practice log, topics and parked notes.
		for (const cls of ["jitl-challenge-deadline", "jitl-action-item", "jitl-practice-deadline", "jitl-heatmap"]) {
			expect(view.contentEl.querySelector(`[class*="${cls}"]`), cls).not.toBeNull();
		}
		// Item texts are drawn by MarkdownRenderer, which finishes later.
		await flush();
		expect(built.view.contentEl.innerHTML).toBe(view.contentEl.innerHTML);
		await h.unload();
		await unloadPlugin(built.plugin as never);
	});

	it("ticks the same action item into the same bytes", async () => {
		const vault = demoVault();
		const built = await builtSidebar(vault, "en");
		const h = await loadPlugin({ files: vault });
		const view = await h.openSidebar();
		const tick = async (el: HTMLElement, idle: () => Promise<void>) => {
			const box = el.querySelector<HTMLInputElement>(".jitl-action-item input[type=checkbox]:not(:checked)");
			expect(box).not.toBeNull();
			// The view is not in the document, where a click would also fire `change`.
			box!.checked = true;
			box!.dispatchEvent(new Event("change"));
			// The write is queued behind the click's own chain of promises.
			for (let i = 0; i < 5; i++) {
				await flush();
				await idle();
			}
		};
		await tick(built.view.contentEl, () => built.plugin.context.writes.idle());
		await tick(view.contentEl, () => h.ctx.writes.idle());
		await settle(h);
		built.view.render();
		await flush();
		const read = async (app: typeof h.app, path: string) => app.vault.read(app.vault.getFileByPath(path)!);
		const changed: string[] = [];
		for (const path of Object.keys(vault)) {
			const mine = await read(h.app, path);
			if (mine !== vault[path]) changed.push(path);
			expect(await read(built.app, path), path).toBe(mine);
		}
		expect(changed).toHaveLength(1);
		expect(built.view.contentEl.innerHTML).toBe(view.contentEl.innerHTML);
		await h.unload();
		await unloadPlugin(built.plugin as never);
	});
});
