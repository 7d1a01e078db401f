/**
 * Obsidian's `MetadataCache`. Like the real one, it parses a note after the vault event
 * that changed it (in a later macrotask, one note at a time), then fires `changed`
 * (file, data, cache) and `resolve` (file), and `resolved` once nothing is pending.
 * Renames move the entry at once without `changed`; deletes fire `deleted`.
 */
import type { CachedMetadata } from "obsidian";
import { Events } from "./events";
import { TAbstractFile, TFile } from "./files";
import { linkpathCandidates, linktextFor } from "./linkResolver";
import { parseMarkdown } from "./markdown/cachedMetadata";
import { getLinkpath } from "./paths";
import { later } from "./scheduler";
import type { Vault } from "./vault";

type LinkMap = Record<string, Record<string, number>>;

export class MetadataCache extends Events {
	resolvedLinks: LinkMap = {};
	unresolvedLinks: LinkMap = {};
	private readonly caches = new Map<string, CachedMetadata>();
	private readonly queue = new Set<string>();
	private running = false;

	constructor(private readonly vault: Vault) {
		super();
		vault.on("create", (file: TAbstractFile) => this.onChange(file));
		vault.on("modify", (file: TAbstractFile) => this.onChange(file));
		vault.on("delete", (file: TAbstractFile) => this.onDelete(file));
		vault.on("rename", (file: TAbstractFile, oldPath: string) => this.onRename(file, oldPath));
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		return linkpathCandidates(this.vault, linkpath, sourcePath)[0] ?? null;
	}

	/** Internal Obsidian API: every file a link path could mean, best first. */
	getLinkpathDest(linkpath: string, sourcePath: string): TFile[] {
		return linkpathCandidates(this.vault, linkpath, sourcePath);
	}

	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		return linktextFor(this.vault, file, sourcePath, omitMdExtension);
	}

	/** Internal Obsidian API: every tag in the vault with its count. */
	getTags(): Record<string, number> {
		const counts: Record<string, number> = {};
		for (const cache of this.caches.values()) {
			for (const t of cache.tags ?? []) counts[t.tag] = (counts[t.tag] ?? 0) + 1;
		}
		return counts;
	}

	/** Parses every note at once, as when the cache is loaded at start-up. */
	indexAll(): void {
		for (const file of this.vault.getMarkdownFiles()) this.caches.set(file.path, parseMarkdown(this.vault.adapter.readSync(file.path)));
		this.resolveAll();
	}

	private onChange(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		if (file.extension === "md") this.queue.add(file.path);
		this.schedule();
	}

	private onDelete(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		const previous = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		delete this.resolvedLinks[file.path];
		delete this.unresolvedLinks[file.path];
		this.queue.delete(file.path);
		if (file.extension === "md") this.trigger("deleted", file, previous);
		this.schedule();
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache && file.extension === "md") this.caches.set(file.path, cache);
		for (const map of [this.resolvedLinks, this.unresolvedLinks]) {
			const links = map[oldPath];
			delete map[oldPath];
			if (links && file.extension === "md") map[file.path] = links;
		}
		// Links that pointed to the old path now point to the moved file.
		for (const links of Object.values(this.resolvedLinks)) {
			if (links[oldPath] === undefined) continue;
			links[file.path] = (links[file.path] ?? 0) + links[oldPath];
			delete links[oldPath];
		}
		if (this.queue.delete(oldPath) && file.extension === "md") this.queue.add(file.path);
		this.schedule();
	}

	/** One note per macrotask; link resolution and `resolved` after the last one. */
	private schedule(): void {
		if (this.running) return;
		this.running = true;
		later(() => this.step());
	}

	private step(): void {
		const [path] = this.queue;
		if (path === undefined) {
			this.running = false;
			this.resolveAll();
			this.trigger("resolved");
			return;
		}
		this.queue.delete(path);
		const file = this.vault.getFileByPath(path);
		if (file) {
			const data = this.vault.adapter.readSync(path);
			const cache = parseMarkdown(data);
			this.caches.set(path, cache);
			this.resolveFile(path, cache);
			this.trigger("changed", file, data, cache);
			this.trigger("resolve", file);
		}
		later(() => this.step());
	}

	private resolveAll(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const file of this.vault.getMarkdownFiles()) {
			const cache = this.caches.get(file.path);
			if (cache) this.resolveFile(file.path, cache);
		}
	}

	private resolveFile(sourcePath: string, cache: CachedMetadata): void {
		const resolved: Record<string, number> = {};
		const unresolved: Record<string, number> = {};
		for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
			const linkpath = getLinkpath(ref.link);
			const target = this.getFirstLinkpathDest(linkpath, sourcePath);
			if (target) resolved[target.path] = (resolved[target.path] ?? 0) + 1;
			else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
		}
		this.resolvedLinks[sourcePath] = resolved;
		this.unresolvedLinks[sourcePath] = unresolved;
	}
}
