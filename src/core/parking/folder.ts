/**
 * Where parked notes live and where they go back to. Parking is defined by
 * location alone, so the user can park or unpark by dragging a file.
 */
import { normalizeUserPath } from "../paths";

/**
 * True when `path` lies inside `folder` at any depth. Compared segment-wise:
 * `Just in case` does not hold `Just in case 2/x.md`. An empty folder (the
 * vault root) holds nothing, so a blank setting never parks the whole vault.
 */
export function isInFolder(path: string, folder: string): boolean {
	const dir = trimFolder(folder);
	if (dir === "") return false;
	return path.normalize("NFC").startsWith(`${dir}/`);
}

export interface UnparkOptions {
	/** The just-in-case folder: a note is never sent back inside it. */
	parkingFolder?: string;
	/** Vault#configDir. */
	configDir?: string;
}

/**
 * The folder an unparked note moves to: its `parked_from` value when that is a
 * safe, existing folder outside the parking folder, else "" (the vault root).
 */
export function unparkDestination(
	parkedFrom: unknown,
	folderExists: (path: string) => boolean,
	options: UnparkOptions = {},
): string {
	if (typeof parkedFrom !== "string") return "";
	const normalized = normalizeUserPath(parkedFrom, options.configDir);
	if (!normalized.ok) return "";
	const dir = normalized.path;
	const parking = trimFolder(options.parkingFolder ?? "");
	if (parking !== "" && (dir === parking || isInFolder(dir, parking))) return "";
	return folderExists(dir) ? dir : "";
}

function trimFolder(folder: string): string {
	return folder.normalize("NFC").replace(/^\/+|\/+$/g, "");
}
