/**
 * The errors the desktop app surfaces for vault failures. Messages are copied from what
 * Obsidian and Node's `fs` report, so code that matches on them behaves the same.
 */
export const VAULT_BASE = "/fake-vault";

export type FsError = Error & { code: string };

export function enoent(syscall: string, path: string): FsError {
	const error = new Error(`ENOENT: no such file or directory, ${syscall} '${VAULT_BASE}/${path}'`) as FsError;
	error.code = "ENOENT";
	return error;
}

export function fileExists(): Error {
	return new Error("File already exists.");
}

export function folderExists(): Error {
	return new Error("Folder already exists.");
}

export function destinationExists(): Error {
	return new Error("Destination file already exists!");
}
