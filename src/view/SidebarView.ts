import { type Debouncer, ItemView, MarkdownView, type WorkspaceLeaf, debounce, setIcon } from "obsidian";
import { buildSidebarModel } from "../core/model/buildModel";
import type { SidebarModel } from "../core/model/types";
import { t } from "../i18n/t";
import { INDEX_CHANGED, type JitlContext } from "../obsidian/JitlContext";
import { makeActivatable } from "./dom";
import type { PartContext } from "./PartContext";
import type { SidebarPart } from "./SidebarPart";
import { SIDEBAR_PARTS } from "./parts";

export const VIEW_TYPE = "jit-learning-sidebar";

/** Re-render delay after a change: quick enough to feel live, slow enough to batch typing. */
const RENDER_DELAY_MS = 150;

/**
 * The sidebar: four collapsible parts rendered from one model of the index.
 * It holds no state of its own beyond the DOM; the plugin never keeps a
 * reference to it (Obsidian may recreate it at any time).
 */
export class SidebarView extends ItemView {
	private readonly bodies = new Map<string, HTMLElement>();
	private readonly counts = new Map<string, HTMLElement>();
	private readonly scheduleRender: Debouncer<[], void>;
	/** The last model, and the index revision and day it was built for. */
	private lastModel!: SidebarModel;
	private lastModelKey = "";

	constructor(
		leaf: WorkspaceLeaf,
		private readonly ctx: JitlContext,
	) {
		super(leaf);
		this.scheduleRender = debounce(() => this.render(), RENDER_DELAY_MS, true);
	}

	getViewType(): string {
		return VIEW_TYPE;
	}

	getDisplayText(): string {
		return t("view.title");
	}

	override getIcon(): string {
		return "graduation-cap";
	}

	override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("jitl-sidebar");
		for (const part of SIDEBAR_PARTS) this.buildPart(root, part);
		this.registerEvent(this.ctx.events.on(INDEX_CHANGED, () => this.scheduleRender()));
		// The day can roll over and a timer can run while nothing changes in the vault.
		this.registerInterval(window.setInterval(() => this.render(), 30_000));
		if (!this.ctx.isReady) this.bodies.get(SIDEBAR_PARTS[0].id)?.createDiv({ cls: "jitl-loading", text: t("view.loading") });
		await this.ctx.whenReady();
		this.render();
	}

	override async onClose(): Promise<void> {
		this.scheduleRender.cancel();
		this.bodies.clear();
		this.counts.clear();
	}

	/** Renders now (tests and the benchmark call it directly). */
	render(): void {
		if (!this.ctx.isReady) return;
		const { index } = this.ctx;
		const today = this.ctx.today();
		const key = `${index.revision} ${today}`;
		// Most renders (the 30-second tick, a session starting, a local action) find the index as it was: its model is reused.
		if (key !== this.lastModelKey) {
			this.lastModel = buildSidebarModel(index, { today });
			this.lastModelKey = key;
		}
		const model = this.lastModel;
		const v = this.partContext();
		for (const part of SIDEBAR_PARTS) {
			const body = this.bodies.get(part.id);
			if (!body) continue;
			// Emptied and refilled in one task: the browser never lays out the empty state, so nothing jumps.
			body.empty();
			const count = part.render(body, model, v);
			const badge = this.counts.get(part.id);
			if (badge) {
				badge.setText(count ?? "");
				badge.toggleClass("jitl-hidden", count === null);
			}
		}
	}

	private buildPart(root: HTMLElement, part: SidebarPart): void {
		const collapsed = this.ctx.settings.collapsed.includes(part.id);
		const section = root.createDiv({ cls: ["jitl-part", `jitl-part-${part.id}`] });
		section.toggleClass("is-collapsed", collapsed);
		const header = section.createDiv({ cls: "jitl-part-header" });
		makeActivatable(header, null, () => void this.toggleCollapsed(part.id, section, header));
		header.setAttr("aria-expanded", String(!collapsed));
		setIcon(header.createSpan({ cls: "jitl-part-chevron" }), "chevron-down");
		setIcon(header.createSpan({ cls: "jitl-part-icon" }), part.icon);
		header.createSpan({ cls: "jitl-part-title", text: t(part.title) });
		const count = header.createSpan({ cls: ["jitl-part-count", "jitl-hidden"] });
		this.counts.set(part.id, count);
		const body = section.createDiv({ cls: "jitl-part-body" });
		body.id = `jitl-part-body-${part.id}`;
		header.setAttr("aria-controls", body.id);
		this.bodies.set(part.id, body);
	}

	private async toggleCollapsed(id: string, section: HTMLElement, header: HTMLElement): Promise<void> {
		const collapsed = !section.hasClass("is-collapsed");
		section.toggleClass("is-collapsed", collapsed);
		header.setAttr("aria-expanded", String(!collapsed));
		const set = new Set(this.ctx.settings.collapsed);
		if (collapsed) set.add(id);
		else set.delete(id);
		await this.ctx.updateSettings({ collapsed: [...set] });
	}

	private partContext(): PartContext {
		return {
			ctx: this.ctx,
			component: this,
			openNote: (path, opts) => this.openNote(path, opts?.line, opts?.newLeaf ?? false),
			requestRender: () => this.scheduleRender(),
		};
	}

	private async openNote(path: string, line: number | undefined, newLeaf: boolean): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return;
		const leaf = this.app.workspace.getLeaf(newLeaf ? "tab" : false);
		await leaf.openFile(file, line === undefined ? undefined : { eState: { line } });
		if (line !== undefined && leaf.view instanceof MarkdownView) {
			const editor = leaf.view.editor;
			const at = { line, ch: 0 };
			editor.setCursor(at);
			editor.scrollIntoView({ from: at, to: at }, true);
		}
	}
}
