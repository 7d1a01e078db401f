/**
 * Obsidian's `Vault` over the in-memory adapter: async operations that fail the way
 * the desktop app does, events fired before the returned promise settles, and the same
 * `TFile` object kept across renames.
 */
import type { InMemoryAdapter, WriteOptions } from "./adapter";
import { enoent, fileExists, folderExists } from "./errors";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder } from "./files";
import { isHiddenPath, normalizePath, parentPath } from "./paths";
import { later } from "./scheduler";
import { defaultVaultConfig, type FakeVaultConfig } from "./vaultConfig";
import { VaultIndex } from "./vaultIndex";

export class Vault extends Events {
	adapter: InMemoryAdapter;
	configDir: string;
	private readonly index: VaultIndex;
	private readonly config: FakeVaultConfig = defaultVaultConfig();
	private reconcileQueued = false;

	constructor(adapter: InMemoryAdapter, configDir = ".obsidian") {
		super();
		this.adapter = adapter;
		this.configDir = configDir;
		this.index = new VaultIndex(this);
		adapter.mkdirSync(configDir);
		adapter.onExternalChange = () => this.queueReconcile();
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		for (const child of root.children) {
			cb(child);
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
		}
	}

	getName(): string {
		return this.adapter.getName();
	}

	getRoot(): TFolder {
		return this.index.root;
	}

	/** Exact lookup: the path is not normalised (pass `normalizePath(...)` yourself). */
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.index.get(path);
	}

	getFileByPath(path: string): TFile | null {
		const file = this.index.get(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.index.get(path);
		return folder instanceof TFolder ? folder : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return this.index.all();
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return this.index.all().filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}

	getFiles(): TFile[] {
		return this.index.all().filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	getResourcePath(file: TFile): string {
		return this.adapter.getResourcePath(file.path);
	}

	/** Internal Obsidian API: a vault setting (see `FakeVaultConfig` for the honoured ones). */
	getConfig(key: string): unknown {
		return this.config[key];
	}

	/** Internal Obsidian API: changes a vault setting. */
	setConfig(key: string, value: unknown): void {
		this.config[key] = value;
	}

	async read(file: TFile): Promise<string> {
		return this.adapter.read(file.path);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.adapter.read(file.path);
	}

	async readBinary(file: TFile): Promise<ArrayBuffer> {
		return this.adapter.readBinary(file.path);
	}

	async create(path: string, data: string, options?: WriteOptions): Promise<TFile> {
		path = normalizePath(path);
		if (this.index.get(path)) throw fileExists();
		await Promise.resolve();
		this.adapter.writeSync(path, data, options);
		return this.registerFile(path);
	}

	async createBinary(path: string, data: ArrayBuffer, options?: WriteOptions): Promise<TFile> {
		return this.create(path, new TextDecoder().decode(data), options);
	}

	/** Creates the folder and any missing parent folders, firing `create` for each. */
	async createFolder(path: string): Promise<TFolder> {
		path = normalizePath(path);
		if (this.index.get(path)) throw folderExists();
		await Promise.resolve();
		this.adapter.mkdirSync(path);
		return this.registerFolder(path);
	}

	async modify(file: TFile, data: string, options?: WriteOptions): Promise<void> {
		await Promise.resolve();
		this.writeFile(file, data, options);
	}

	async modifyBinary(file: TFile, data: ArrayBuffer, options?: WriteOptions): Promise<void> {
		await this.modify(file, new TextDecoder().decode(data), options);
	}

	async append(file: TFile, data: string, options?: WriteOptions): Promise<void> {
		await Promise.resolve();
		const before = this.adapter.has(file.path) ? this.adapter.readSync(file.path) : "";
		this.writeFile(file, before + data, options);
	}

	/** Atomic read-modify-write; `fn` runs synchronously on the current text. */
	async process(file: TFile, fn: (data: string) => string, options?: WriteOptions): Promise<string> {
		await Promise.resolve();
		const next = fn(this.adapter.readSync(file.path));
		this.writeFile(file, next, options);
		return next;
	}

	async delete(file: TAbstractFile, force?: boolean): Promise<void> {
		void force;
		await this.discard(file, "delete");
	}

	async trash(file: TAbstractFile, system: boolean): Promise<void> {
		await this.discard(file, system ? "system" : "local");
	}

	/** Removes a file or folder: deleted, to the system trash, or into `.trash`. */
	async discard(file: TAbstractFile, mode: "delete" | "system" | "local"): Promise<void> {
		await Promise.resolve();
		if (mode !== "local") this.removeFromDisk(file);
		else {
			if (!this.index.isLive(file)) throw enoent("rename", file.path);
			this.adapter.mkdirSync(".trash");
			this.adapter.moveSync(file.path, `.trash/${file.name}`, true);
		}
		this.unregister(file);
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		newPath = normalizePath(newPath);
		if (newPath === file.path) return;
		await Promise.resolve();
		if (!this.index.isLive(file)) throw enoent("rename", file.path);
		this.adapter.moveSync(file.path, newPath, false);
		for (const [moved, oldPath] of this.index.move(file, newPath)) this.trigger("rename", moved, oldPath);
	}

	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		newPath = normalizePath(newPath);
		if (this.index.get(newPath)) throw fileExists();
		if (file instanceof TFile) return (await this.create(newPath, await this.read(file))) as unknown as T;
		return (await this.createFolder(newPath)) as unknown as T;
	}

	/** Fills the vault at start-up without events (files already on disk when Obsidian opens). */
	loadInitial(files: Record<string, { content: string; mtime?: number }>): void {
		for (const [raw, { content, mtime }] of Object.entries(files)) {
			const path = normalizePath(raw);
			if (path !== "/" && parentPath(path) !== "/") this.adapter.mkdirSync(parentPath(path));
			this.adapter.writeSync(path, content, mtime === undefined ? undefined : { ctime: mtime, mtime });
		}
		this.reconcile(false);
	}

	private writeFile(file: TFile, data: string, options?: WriteOptions): void {
		this.adapter.writeSync(file.path, data, options);
		if (!this.index.isLive(file)) {
			// A stale TFile: like the desktop app, the write recreates the file on disk and
			// the watcher reports it as a new file later.
			this.queueReconcile();
			return;
		}
		this.refreshStat(file);
		this.trigger("modify", file);
	}

	private refreshStat(file: TFile): void {
		const stat = this.adapter.statSync(file.path);
		if (stat) Object.assign(file.stat, { ctime: stat.ctime, mtime: stat.mtime, size: stat.size });
	}

	private removeFromDisk(file: TAbstractFile): void {
		if (!this.index.isLive(file)) throw enoent("unlink", file.path);
		if (file instanceof TFolder) this.adapter.rmdirSync(file.path, true);
		else this.adapter.removeSync(file.path);
	}

	private unregister(file: TAbstractFile): void {
		for (const removed of this.index.remove(file)) this.trigger("delete", removed);
	}

	private registerFile(path: string, silent = false): TFile {
		const stat = this.adapter.statSync(path);
		const file = this.index.addFile(this, path, { ctime: stat?.ctime ?? 0, mtime: stat?.mtime ?? 0, size: stat?.size ?? 0 });
		if (!silent) this.trigger("create", file);
		return file;
	}

	/** Registers a folder that exists on disk, and its missing parents, top first. */
	private registerFolder(path: string, silent = false): TFolder {
		const existing = this.index.get(path);
		if (existing instanceof TFolder) return existing;
		const parent = parentPath(path);
		if (!this.index.get(parent)) this.registerFolder(parent, silent);
		const folder = this.index.addFolder(this, path);
		if (!silent) this.trigger("create", folder);
		return folder;
	}

	private queueReconcile(): void {
		if (this.reconcileQueued) return;
		this.reconcileQueued = true;
		later(() => {
			this.reconcileQueued = false;
			this.reconcile(true);
		});
	}

	/** Brings the index in line with the adapter, as the file watcher does. */
	private reconcile(withEvents: boolean): void {
		const { files, folders } = this.adapter.allPaths();
		const visible = (p: string) => !isHiddenPath(p);
		const onDisk = new Set([...files, ...folders].filter(visible));
		for (const f of this.index.all()) {
			if (f.path !== "/" && !onDisk.has(f.path) && this.index.isLive(f)) {
				for (const removed of this.index.remove(f)) if (withEvents) this.trigger("delete", removed);
			}
		}
		for (const path of folders.filter(visible).sort((a, b) => a.length - b.length)) this.registerFolder(path, !withEvents);
		for (const path of files.filter(visible)) {
			const known = this.index.get(path);
			if (!known) this.registerFile(path, !withEvents);
			else if (known instanceof TFile && known.stat.mtime !== this.adapter.statSync(path)?.mtime) {
				this.refreshStat(known);
				if (withEvents) this.trigger("modify", known);
			}
		}
	}
}

/** A string vault setting, or the fallback when unset or not a string. */
export function configString(vault: Vault, key: string, fallback: string): string {
	const value = vault.getConfig(key);
	return typeof value === "string" ? value : fallback;
}
