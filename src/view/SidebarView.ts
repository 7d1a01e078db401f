import { type Debouncer, ItemView, MarkdownView, type WorkspaceLeaf, debounce, setIcon } from "obsidian";
import { buildSidebarModel } from "../core/model/buildModel";
import type { SidebarModel } from "../core/model/types";
import { t } from "../i18n/t";
import { INDEX_CHANGED, type JitlContext } from "../obsidian/JitlContext";
import { wantsNewTab } from "../features/challenge/sidebar/openTarget";
import { div, makeActivatable, span } from "./dom";
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
	/** Each part's body and header count badge, by part id. */
	private readonly partEls = new Map<string, [body: HTMLElement, badge: HTMLElement]>();
	private readonly scheduleRender: Debouncer<[], void>;
	/** The last model, and the index revision and day it was built for. */
	private lastModel: { key: string; model: SidebarModel } | null = null;

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
		for (const part of SIDEBAR_PARTS) this.partEls.set(part.id, buildPart(root, part, this.ctx));
		this.registerEvent(this.ctx.events.on(INDEX_CHANGED, () => this.scheduleRender()));
		// The day can roll over and a timer can run while nothing changes in the vault.
		this.registerInterval(window.setInterval(() => this.render(), 30_000));
		if (!this.ctx.isReady) this.partEls.get(SIDEBAR_PARTS[0].id)?.[0].createDiv({ cls: "jitl-loading", text: t("view.loading") });
		await this.ctx.whenReady();
		this.render();
	}

	override async onClose(): Promise<void> {
		this.scheduleRender.cancel();
		this.partEls.clear();
	}

	/** Renders now (tests and the benchmark call it directly). */
	render(): void {
		if (!this.ctx.isReady) return;
		const { index } = this.ctx;
		const today = this.ctx.today();
		const key = `${index.revision} ${today}`;
		// Most renders (the 30-second tick, a session starting, a local action) find the index as it was: its model is reused.
		if (this.lastModel?.key !== key) this.lastModel = { key, model: buildSidebarModel(index, { today }) };
		const model = this.lastModel.model;
		const v: PartContext = {
			ctx: this.ctx,
			component: this,
			openNote: (path, evt, line) => this.openNote(path, line, wantsNewTab(evt)),
			requestRender: () => this.scheduleRender(),
		};
		for (const part of SIDEBAR_PARTS) {
			const shown = this.partEls.get(part.id);
			if (!shown) continue;
			const [body, badge] = shown;
			// Emptied and refilled in one task: the browser never lays out the empty state, so nothing jumps.
			body.empty();
			const count = part.render(body, model, v);
			badge.setText(count ?? "");
			badge.toggleClass("jitl-hidden", count === null);
		}
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

/** One collapsible part: its header (icon, title, count badge) and its empty body. */
function buildPart(root: HTMLElement, part: SidebarPart, ctx: JitlContext): [body: HTMLElement, badge: HTMLElement] {
	const section = div(root, ["jitl-part", `jitl-part-${part.id}`]);
	const header = div(section, "jitl-part-header");
	const show = (collapsed: boolean) => {
		section.toggleClass("is-collapsed", collapsed);
		header.setAttr("aria-expanded", String(!collapsed));
	};
	makeActivatable(header, null, () => {
		const collapsed = !section.hasClass("is-collapsed");
		show(collapsed);
		const set = new Set(ctx.settings.collapsed);
		if (collapsed) set.add(part.id);
		else set.delete(part.id);
		void ctx.updateSettings({ collapsed: [...set] });
	});
	show(ctx.settings.collapsed.includes(part.id));
	setIcon(span(header, "jitl-part-chevron"), "chevron-down");
	setIcon(span(header, "jitl-part-icon"), part.icon);
	span(header, "jitl-part-title", t(part.title));
	const badge = span(header, ["jitl-part-count", "jitl-hidden"]);
	const body = div(section, "jitl-part-body");
	body.id = `jitl-part-body-${part.id}`;
	header.setAttr("aria-controls", body.id);
	return [body, badge];
}
