import { TFolder, type Vault } from "obsidian";
import { existsIgnoringCase, pathKey, uniqueNotePath } from "../../core/parking/fileName";

/**
 * `folder/base.md`, or the next free ` 2`, ` 3`… name. Names differing only in
 * case count as taken: the vault may live on (or sync to) a case-insensitive
 * file system, where they would overwrite each other. Only the destination
 * folder's own entries are looked at, so the cost does not grow with the vault.
 */
export function freeNotePath(vault: Vault, folder: string, base: string): string {
	const parent = folder === "" ? vault.getRoot() : vault.getAbstractFileByPath(folder);
	const keys = new Set<string>();
	if (parent instanceof TFolder) for (const child of parent.children) keys.add(pathKey(child.path));
	return uniqueNotePath(folder, base, existsIgnoringCase(keys));
}

/** The folder part of a vault path; "" at the root. */
export function parentOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i === -1 ? "" : path.slice(0, i);
}
