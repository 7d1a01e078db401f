import type { ActionItem } from "../types";

/** `[c]` right after a list marker, followed by whitespace or the end of the line. */
const CHECKBOX = /^\[(.)\](?:[ \t]|$)/u;

/** The status character of a list item's content, or null when it is no task. */
export function checkboxOf(content: string): string | null {
	// Most list items are no task: skip the regex unless the content opens with `[`.
	if (content[0] !== "[") return null;
	return CHECKBOX.exec(content)?.[1] ?? null;
}

/** Space and any unknown marker are open, `x`/`X` done, `-` cancelled. */
export function statusOf(statusChar: string): ActionItem["status"] {
	if (statusChar === "x" || statusChar === "X") return "done";
	if (statusChar === "-") return "cancelled";
	return "open";
}
