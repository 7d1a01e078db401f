import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";

/** A note's text (byte order mark removed) and its modification time. */
export interface NoteFile {
	text: string;
	mtime: number;
}

/**
 * Reads one note and its mtime through a single open file: the size that
 * sizes the read buffer comes from the same `fstat` as the mtime, so asking for
 * the mtime costs nothing over reading the file. Returns null when the file
 * went away after the folder was listed.
 */
export function readNoteFile(abs: string): NoteFile | null {
	let fd: number;
	try {
		fd = openSync(abs, "r");
	} catch (err) {
		if ((err as { code?: unknown }).code === "ENOENT") return null;
		throw err;
	}
	try {
		const info = fstatSync(fd);
		return { text: stripBom(readAll(fd, info.size)), mtime: info.mtimeMs };
	} finally {
		closeSync(fd);
	}
}

/** Reads the `size` bytes fstat gave, as readFileSync does; an empty size (or a special file) reads to the end. */
function readAll(fd: number, size: number): string {
	if (size === 0) return readFileSync(fd, "utf8");
	const buffer = Buffer.allocUnsafe(size);
	let length = 0;
	while (length < size) {
		const n = readSync(fd, buffer, length, size - length, null);
		if (n === 0) break;
		length += n;
	}
	return buffer.toString("utf8", 0, length);
}

function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
