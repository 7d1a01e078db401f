import { Notice } from "obsidian";

/** Shows a message to the user. One place, so tests and wording stay consistent. */
export function notify(message: string, timeoutMs = 6000): void {
	new Notice(message, timeoutMs);
}
