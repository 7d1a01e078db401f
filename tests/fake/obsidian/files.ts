/**
 * The vault's file objects. One object stays the same for a file across renames, as in
 * Obsidian, so code may hold on to it; its `path`, `name` and `parent` change.
 */
import { baseName, splitExtension } from "./paths";
import type { Vault } from "./vault";

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export abstract class TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;

	constructor(vault: Vault, path: string) {
		this.vault = vault;
		this.path = path;
		this.name = path === "/" ? "" : baseName(path);
	}

	/** Moves the object to a new path (used by the vault on rename). */
	setPath(path: string): void {
		this.path = path;
		this.name = baseName(path);
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats;
	basename: string;
	extension: string;

	constructor(vault: Vault, path: string, stat: FileStats) {
		super(vault, path);
		this.stat = stat;
		({ basename: this.basename, extension: this.extension } = splitExtension(this.name));
	}

	override setPath(path: string): void {
		super.setPath(path);
		({ basename: this.basename, extension: this.extension } = splitExtension(this.name));
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}
