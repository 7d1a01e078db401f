/**
 * An in-memory stand-in for the desktop `FileSystemAdapter`: paths relative to the
 * vault, `fs`-like failures (ENOENT, refusing to overwrite on rename), strictly
 * increasing modification times. Writes made directly through the adapter (not via
 * the vault) are reported to the vault, like the file watcher does.
 */
import { destinationExists, enoent, VAULT_BASE } from "./errors";
import { parentPath } from "./paths";

export interface Stat {
	type: "file" | "folder";
	ctime: number;
	mtime: number;
	size: number;
}

export interface WriteOptions {
	ctime?: number;
	mtime?: number;
}

interface Entry {
	data: string;
	ctime: number;
	mtime: number;
}

const encoder = new TextEncoder();

function root(path: string): string {
	return path === "" ? "/" : path;
}

export class InMemoryAdapter {
	private readonly files = new Map<string, Entry>();
	private readonly folders = new Set<string>(["/"]);
	private lastTime = 0;
	/** Called after a change made directly through the adapter. */
	onExternalChange: (path: string) => void = () => undefined;

	getName(): string {
		return "fake-vault";
	}

	getBasePath(): string {
		return VAULT_BASE;
	}

	/** A modification time that is never equal to or older than the previous one. */
	now(): number {
		this.lastTime = Math.max(Date.now(), this.lastTime + 1);
		return this.lastTime;
	}

	async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
		await Promise.resolve();
		return this.has(normalizedPath, sensitive);
	}

	has(path: string, sensitive = true): boolean {
		path = root(path);
		if (sensitive) return this.files.has(path) || this.folders.has(path);
		const lower = path.toLowerCase();
		return [...this.files.keys(), ...this.folders].some((p) => p.toLowerCase() === lower);
	}

	isFolder(path: string): boolean {
		return this.folders.has(root(path));
	}

	async stat(normalizedPath: string): Promise<Stat | null> {
		await Promise.resolve();
		return this.statSync(normalizedPath);
	}

	statSync(path: string): Stat | null {
		path = root(path);
		if (this.folders.has(path)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		const entry = this.files.get(path);
		if (!entry) return null;
		return { type: "file", ctime: entry.ctime, mtime: entry.mtime, size: encoder.encode(entry.data).length };
	}

	async list(normalizedPath: string): Promise<{ files: string[]; folders: string[] }> {
		await Promise.resolve();
		const dir = root(normalizedPath);
		if (!this.folders.has(dir)) throw enoent("scandir", dir);
		const inDir = (p: string) => p !== "/" && parentPath(p) === dir;
		return { files: [...this.files.keys()].filter(inDir), folders: [...this.folders].filter(inDir) };
	}

	async read(normalizedPath: string): Promise<string> {
		await Promise.resolve();
		return this.readSync(normalizedPath);
	}

	readSync(path: string): string {
		const entry = this.files.get(path);
		if (!entry) throw enoent("open", path);
		return entry.data;
	}

	async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		const text = await this.read(normalizedPath);
		return encoder.encode(text).buffer;
	}

	async write(normalizedPath: string, data: string, options?: WriteOptions): Promise<void> {
		await Promise.resolve();
		this.writeSync(normalizedPath, data, options);
		this.onExternalChange(normalizedPath);
	}

	/** Writes without notifying the vault (the vault's own writes). */
	writeSync(path: string, data: string, options?: WriteOptions): void {
		if (!this.folders.has(parentPath(path))) throw enoent("open", path);
		if (this.folders.has(path)) throw new Error(`EISDIR: illegal operation on a directory, open '${VAULT_BASE}/${path}'`);
		const old = this.files.get(path);
		const now = this.now();
		this.files.set(path, { data, ctime: options?.ctime ?? old?.ctime ?? now, mtime: options?.mtime ?? now });
	}

	async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: WriteOptions): Promise<void> {
		await this.write(normalizedPath, new TextDecoder().decode(data), options);
	}

	async append(normalizedPath: string, data: string, options?: WriteOptions): Promise<void> {
		await Promise.resolve();
		this.writeSync(normalizedPath, (this.files.get(normalizedPath)?.data ?? "") + data, options);
		this.onExternalChange(normalizedPath);
	}

	async process(normalizedPath: string, fn: (data: string) => string, options?: WriteOptions): Promise<string> {
		await Promise.resolve();
		const next = fn(this.readSync(normalizedPath));
		this.writeSync(normalizedPath, next, options);
		this.onExternalChange(normalizedPath);
		return next;
	}

	getResourcePath(normalizedPath: string): string {
		return `app://fake-vault/${encodeURI(normalizedPath)}?${this.files.get(normalizedPath)?.mtime ?? 0}`;
	}

	/** Creates the folder and any missing parents (like `fs.mkdir` with `recursive`). */
	async mkdir(normalizedPath: string): Promise<void> {
		await Promise.resolve();
		this.mkdirSync(normalizedPath);
		this.onExternalChange(normalizedPath);
	}

	mkdirSync(path: string): void {
		path = root(path);
		if (this.files.has(path)) throw new Error(`EEXIST: file already exists, mkdir '${VAULT_BASE}/${path}'`);
		if (path !== "/") this.mkdirSync(parentPath(path));
		this.folders.add(path);
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		await this.removeAny(normalizedPath);
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> {
		await Promise.resolve();
		const target = `.trash/${normalizedPath.slice(normalizedPath.lastIndexOf("/") + 1)}`;
		this.mkdirSync(".trash");
		this.moveSync(normalizedPath, target, true);
		this.onExternalChange(normalizedPath);
	}

	async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
		await Promise.resolve();
		this.rmdirSync(normalizedPath, recursive);
		this.onExternalChange(normalizedPath);
	}

	rmdirSync(path: string, recursive: boolean): void {
		if (!this.folders.has(path)) throw enoent("rmdir", path);
		const inside = (p: string) => p.startsWith(`${path}/`);
		const children = [...this.files.keys(), ...this.folders].filter(inside);
		if (children.length > 0 && !recursive) {
			const error = new Error(`ENOTEMPTY: directory not empty, rmdir '${VAULT_BASE}/${path}'`) as Error & { code: string };
			error.code = "ENOTEMPTY";
			throw error;
		}
		for (const p of children) {
			this.files.delete(p);
			this.folders.delete(p);
		}
		this.folders.delete(path);
	}

	async remove(normalizedPath: string): Promise<void> {
		await Promise.resolve();
		this.removeSync(normalizedPath);
		this.onExternalChange(normalizedPath);
	}

	removeSync(path: string): void {
		if (!this.files.delete(path)) throw enoent("unlink", path);
	}

	private async removeAny(path: string): Promise<void> {
		await Promise.resolve();
		if (this.folders.has(path)) this.rmdirSync(path, true);
		else this.removeSync(path);
		this.onExternalChange(path);
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		await Promise.resolve();
		this.moveSync(normalizedPath, normalizedNewPath, false);
		this.onExternalChange(normalizedPath);
		this.onExternalChange(normalizedNewPath);
	}

	/** Renames a file or folder; refuses to overwrite unless only the letter case changes. */
	moveSync(from: string, to: string, overwrite: boolean): void {
		if (!this.has(from)) throw enoent("rename", from);
		if (!this.folders.has(parentPath(to))) throw enoent("rename", to);
		if (!overwrite && this.has(to) && from.toLowerCase() !== to.toLowerCase()) throw destinationExists();
		const move = (p: string) => (p === from ? to : `${to}${p.slice(from.length)}`);
		const affected = (p: string) => p === from || p.startsWith(`${from}/`);
		for (const [p, entry] of [...this.files]) {
			if (!affected(p)) continue;
			this.files.delete(p);
			this.files.set(move(p), entry);
		}
		for (const p of [...this.folders]) {
			if (!affected(p)) continue;
			this.folders.delete(p);
			this.folders.add(move(p));
		}
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		await Promise.resolve();
		if (this.has(normalizedNewPath)) throw destinationExists();
		this.writeSync(normalizedNewPath, this.readSync(normalizedPath));
		this.onExternalChange(normalizedNewPath);
	}

	/** Every file and folder path (the root excluded), for reconciling with the vault. */
	allPaths(): { files: string[]; folders: string[] } {
		return { files: [...this.files.keys()], folders: [...this.folders].filter((p) => p !== "/") };
	}
}
