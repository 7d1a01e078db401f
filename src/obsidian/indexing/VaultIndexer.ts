import { Component, type TAbstractFile, TFile, type CachedMetadata, type App, type Events } from "obsidian";
import type { LearningIndex } from "../../core/index/LearningIndex";
import type { NoteRecord } from "../../core/types";
import { withBody } from "../../core/withBody";
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

	/**
	 * Indexes every note from the metadata cache. Only the challenge on screen
	 * is read (the sidebar shows its action items and log); another challenge is
	 * read when it becomes the one on screen.
	 */
	private async build(): Promise<void> {
		const { metadataCache, vault } = this.app;
		for (const file of vault.getMarkdownFiles()) {
			const cache = metadataCache.getFileCache(file);
			if (!cache) this.pending.add(file.path);
			const record = this.record(file, cache);
			if (record) this.index.upsert(record);
		}
		await this.ensureCurrentBody();
	}

	/** The note's record, or null when the index does not keep such a note. */
	private record(file: TFile, cache: CachedMetadata | null): NoteRecord | null {
		return recordFromCache(file, cache, this.app.metadataCache, this.index);
	}

	/** Reads the text of the challenge on screen when the index does not have it yet; true if it did. */
	private async ensureCurrentBody(): Promise<boolean> {
		const chosen = this.index.current().chosen;
		if (!chosen || chosen.hasBody) return false;
		const file = this.app.vault.getFileByPath(chosen.record.path);
		if (!file) return false;
		await this.readBody(file, chosen.record);
		return true;
	}

	private async readBody(file: TFile, record: NoteRecord): Promise<void> {
		let body: string;
		try {
			body = await this.app.vault.cachedRead(file);
		} catch {
			// The file vanished between listing and reading: its delete event follows.
			return;
		}
		// A change that arrived meanwhile brought a newer record (and its text): keep that.
		if (this.index.get(record.path) === record) this.index.upsert(withBody(record, body));
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (file.extension !== "md") return;
		this.pending.delete(file.path);
		const record = this.record(file, cache);
		// Not (or no longer) a note the plugin shows.
		if (!record) return this.drop(file.path);
		if (this.index.isChallengeTags(record.tags)) record.body = data;
		this.index.upsert(record);
		this.changed();
		void this.ensureCurrentBody().then((read) => read && this.changed());
	}

	private onDelete(file: TAbstractFile): void {
		// A deleted folder: drop every note that was inside it.
		const paths = file instanceof TFile ? [file.path] : this.index.pathsUnder(file.path + "/");
		for (const p of paths) this.drop(p);
	}

	/** Forgets a note the index kept (no-op for any other). */
	private drop(path: string): void {
		if (!this.index.get(path)) return;
		this.index.remove(path);
		this.changed();
	}

	private async onRename(file: TAbstractFile, oldPath: string): Promise<void> {
		if (file instanceof TFile) {
			if (file.extension !== "md") return;
			const previous = this.index.get(oldPath);
			const record = this.record(file, this.app.metadataCache.getFileCache(file));
			if (!record) return this.drop(oldPath);
			if (this.index.isChallengeTags(record.tags) && previous?.body !== undefined) record.body = previous.body;
			this.index.rename(oldPath, record);
			await this.ensureCurrentBody();
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
			const record = this.record(file, cache);
			if (record) this.index.upsert(record);
		}
		await this.ensureCurrentBody();
		this.changed();
	}

	private changed(): void {
		this.events.trigger(INDEX_CHANGED);
	}
}
