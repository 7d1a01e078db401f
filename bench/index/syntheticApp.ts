import type { App, CachedMetadata } from "obsidian";
import { Events, TFile } from "../../tests/build/stub/core";
import type { SyntheticVault } from "../generateVault";

/**
 * Exactly the part of Obsidian's `app` the VaultIndexer uses, over a synthetic
 * vault whose metadata caches were built beforehand. Lookups are plain Map
 * reads, as cheap as Obsidian's, so the timings are of our code. Mutators let
 * a benchmark change the vault the way Obsidian would before firing its events.
 */
export class SyntheticApp {
	readonly vault = Object.assign(new Events(), {
		configDir: ".obsidian",
		getMarkdownFiles: (): TFile[] => [...this.files.values()],
		getFileByPath: (path: string): TFile | null => this.files.get(path) ?? null,
		cachedRead: (file: TFile): Promise<string> => Promise.resolve(this.contents.get(file.path) ?? ""),
	});
	readonly metadataCache = Object.assign(new Events(), {
		getFileCache: (file: TFile): CachedMetadata | null => this.caches.get(file.path) ?? null,
		getFirstLinkpathDest: (linkpath: string, _source: string): TFile | null => this.resolve(linkpath),
	});
	private readonly files = new Map<string, TFile>();
	private readonly caches = new Map<string, CachedMetadata>();
	private readonly contents = new Map<string, string>();
	/** Lower-case basename -> file; the first one wins, as for Obsidian's shortest-path match. */
	private readonly byName = new Map<string, TFile>();

	constructor(vault: SyntheticVault) {
		// Obsidian loads each note's cache from IndexedDB (or gets it from its parser
		// worker): a structured clone, one object graph per note with flat strings.
		// The generator's caches share strings built by concatenation; clone them.
		for (const note of vault.notes) this.put(new TFile(note.path, { mtime: note.mtime, size: note.content.length }), note.content, structuredClone(note.cache));
	}

	/** The app as the plugin's types see it. */
	get app(): App {
		return this as unknown as App;
	}

	file(path: string): TFile {
		const f = this.files.get(path);
		if (!f) throw new Error(`no file ${path}`);
		return f;
	}

	cache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/** Adds or replaces a note (Obsidian's state before `changed` fires). */
	put(file: TFile, content: string, cache: CachedMetadata): void {
		this.files.set(file.path, file);
		this.contents.set(file.path, content);
		this.caches.set(file.path, cache);
		const name = file.basename.toLowerCase();
		if (!this.byName.has(name)) this.byName.set(name, file);
	}

	/** Moves a file (Obsidian's state before `rename` fires). */
	move(file: TFile, newPath: string): string {
		const old = file.path;
		const content = this.contents.get(old) ?? "";
		const cache = this.caches.get(old) ?? {};
		this.drop(file);
		file.setPath(newPath);
		this.put(file, content, cache);
		return old;
	}

	/** Removes a file (Obsidian's state before `delete` fires). */
	drop(file: TFile): void {
		this.files.delete(file.path);
		this.contents.delete(file.path);
		this.caches.delete(file.path);
		const name = file.basename.toLowerCase();
		if (this.byName.get(name) === file) this.byName.delete(name);
	}

	private resolve(linkpath: string): TFile | null {
		const lower = linkpath.toLowerCase();
		if (lower.includes("/")) return this.files.get(linkpath.endsWith(".md") ? linkpath : `${linkpath}.md`) ?? null;
		return this.byName.get(lower.endsWith(".md") ? lower.slice(0, -3) : lower) ?? null;
	}
}
