/**
 * The vault's path-to-object map and folder tree. It only bookkeeps; the vault decides
 * when to change it and which events to fire.
 */
import { TAbstractFile, TFile, TFolder, type FileStats } from "./files";
import { parentPath } from "./paths";
import type { Vault } from "./vault";

export class VaultIndex {
	readonly fileMap: Record<string, TAbstractFile> = {};
	readonly root: TFolder;

	constructor(vault: Vault) {
		this.root = new TFolder(vault, "/");
		this.fileMap["/"] = this.root;
	}

	get(path: string): TAbstractFile | null {
		return Object.prototype.hasOwnProperty.call(this.fileMap, path) ? this.fileMap[path] : null;
	}

	/** Whether this exact object is still the one at its path (not deleted nor replaced). */
	isLive(file: TAbstractFile): boolean {
		return this.get(file.path) === file;
	}

	all(): TAbstractFile[] {
		return Object.values(this.fileMap);
	}

	private attach(file: TAbstractFile): void {
		const parent = this.get(parentPath(file.path));
		if (!(parent instanceof TFolder)) throw new Error(`Parent folder of ${file.path} is not in the vault`);
		file.parent = parent;
		parent.children.push(file);
		this.fileMap[file.path] = file;
	}

	private detachFromParent(file: TAbstractFile): void {
		const siblings = file.parent?.children;
		if (siblings) siblings.splice(siblings.indexOf(file), 1);
		file.parent = null;
	}

	addFolder(vault: Vault, path: string): TFolder {
		const folder = new TFolder(vault, path);
		this.attach(folder);
		return folder;
	}

	addFile(vault: Vault, path: string, stat: FileStats): TFile {
		const file = new TFile(vault, path, stat);
		this.attach(file);
		return file;
	}

	/** Descendants of a folder, deepest first. */
	descendants(folder: TFolder): TAbstractFile[] {
		const out: TAbstractFile[] = [];
		for (const child of folder.children) {
			if (child instanceof TFolder) out.push(...this.descendants(child));
			out.push(child);
		}
		return out;
	}

	/** Removes a file or folder with its contents; returns what was removed, deepest first. */
	remove(file: TAbstractFile): TAbstractFile[] {
		const removed = file instanceof TFolder ? [...this.descendants(file), file] : [file];
		for (const f of removed) delete this.fileMap[f.path];
		this.detachFromParent(file);
		for (const f of removed) (f as TAbstractFile & { deleted?: boolean }).deleted = true;
		return removed;
	}

	/** Moves a file or folder; returns each moved object with its old path, the top first. */
	move(file: TAbstractFile, newPath: string): [TAbstractFile, string][] {
		const inner = file instanceof TFolder ? this.descendants(file).reverse() : [];
		const oldPath = file.path;
		const moved: [TAbstractFile, string][] = [[file, oldPath], ...inner.map((f): [TAbstractFile, string] => [f, f.path])];
		for (const [f] of moved) delete this.fileMap[f.path];
		this.detachFromParent(file);
		file.setPath(newPath);
		this.attach(file);
		for (const f of inner) {
			f.setPath(newPath + f.path.slice(oldPath.length));
			this.fileMap[f.path] = f;
		}
		return moved;
	}
}
