/** An action item is one line: pasted line breaks and runs of spaces become single spaces. */
export function cleanItemText(text: string): string {
	return text.replace(/\s+/gu, " ").trim();
}
