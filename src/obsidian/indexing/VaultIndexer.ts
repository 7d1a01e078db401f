import { Component, type TAbstractFile, TFile, type CachedMetadata, type App, type Events } from "obsidian";
import type { LearningIndex } from "../../core/index/LearningIndex";
import type { NoteRecord } from "../../core/types";
import { INDEX_CHANGED } from "../JitlContext";
import { recordFromCache } from "./recordFromCache";

/**
 * Keeps the LearningIndex in step with the vault. It builds the index once,
 * after the layout is ready, from the metadata cache (reading only challenge
 * notes), then applies one file at a time: metadata `changed`, and vault
 * `delete` and `rename`, which `changed` does not report. It never rescans.
 */
export class VaultIndexer extends Component {
	private ready = false;
	private readyPromise: Promise<void>;
	private resolveReady!: () => void;
	/** Files that had no metadata yet at the first build; indexed on the first `resolved`. */
	private pending = new Set<string>();

	constructor(
		private readonly app: App,
		private readonly index: LearningIndex,
		private readonly events: Events,
	) {
		super();
		this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
	}

	get isReady(): boolean {
		return this.ready;
	}

	whenReady(): Promise<void> {
		return this.readyPromise;
	}

	/** Called from `workspace.onLayoutReady`. */
	async start(): Promise<void> {
		const { metadataCache, vault } = this.app;
		this.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		this.registerEvent(vault.on("rename", (file, oldPath) => void this.onRename(file, oldPath)));
		this.registerEvent(metadataCache.on("resolved", () => void this.indexPending()));
		await this.build();
		this.ready = true;
		this.resolveReady();
		this.events.trigger(INDEX_CHANGED);
	}

	/** Re-derives every record; only for a settings change that alters classification. */
	async rebuild(): Promise<void> {
		await this.build();
		this.events.trigger(INDEX_CHANGED);
	}

	private async build(): Promise<void> {
		const { metadataCache, vault } = this.app;
		const challengeReads: Promise<void>[] = [];
		for (const file of vault.getMarkdownFiles()) {
			const cache = metadataCache.getFileCache(file);
			if (!cache) this.pending.add(file.path);
			const record = recordFromCache(file, cache, metadataCache);
			if (this.index.isChallengeTags(record.tags)) challengeReads.push(this.withBody(file, record));
			else this.index.upsert(record);
		}
		await Promise.all(challengeReads);
	}

	private async withBody(file: TFile, record: NoteRecord): Promise<void> {
		try {
			record.body = await this.app.vault.cachedRead(file);
		} catch {
			// The file vanished between listing and reading: its delete event follows.
			return;
		}
		this.index.upsert(record);
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (file.extension !== "md") return;
		this.pending.delete(file.path);
		const record = recordFromCache(file, cache, this.app.metadataCache);
		if (this.index.isChallengeTags(record.tags)) record.body = data;
		this.index.upsert(record);
		this.changed();
	}

	private onDelete(file: TAbstractFile): void {
		if (this.index.get(file.path)) {
			this.index.remove(file.path);
			this.changed();
			return;
		}
		// A deleted folder: drop every note that was inside it.
		const prefix = file.path + "/";
		let any = false;
		for (const p of this.index.pathsUnder(prefix)) {
			this.index.remove(p);
			any = true;
		}
		if (any) this.changed();
	}

	private async onRename(file: TAbstractFile, oldPath: string): Promise<void> {
		if (file instanceof TFile) {
			if (file.extension !== "md") return;
			const previous = this.index.get(oldPath);
			const record = recordFromCache(file, this.app.metadataCache.getFileCache(file), this.app.metadataCache);
			if (this.index.isChallengeTags(record.tags)) {
				record.body = previous?.body ?? (await this.app.vault.cachedRead(file));
			}
			this.index.rename(oldPath, record);
			this.changed();
			return;
		}
		// A renamed folder: Obsidian also fires rename for each file inside, so nothing to do here.
	}

	private async indexPending(): Promise<void> {
		if (!this.ready || this.pending.size === 0) return;
		const paths = [...this.pending];
		this.pending.clear();
		for (const path of paths) {
			const file = this.app.vault.getFileByPath(path);
			const cache = file ? this.app.metadataCache.getFileCache(file) : null;
			if (!file || !cache) continue;
			const record = recordFromCache(file, cache, this.app.metadataCache);
			if (this.index.isChallengeTags(record.tags)) await this.withBody(file, record);
			else this.index.upsert(record);
		}
		this.changed();
	}

	private changed(): void {
		this.events.trigger(INDEX_CHANGED);
	}
}
