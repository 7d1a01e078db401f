/**
 * Note texts the adapter tests build and take apart: a challenge note, and a
 * note split into its front matter (parsed) and the body after it.
 */
import { parseYaml } from "obsidian";

/** The default body: a heading and two open action items. */
const ACTION_ITEMS = "# Challenge\n\n## Action items\n- [ ] read\n- [ ] write\n";

/** A challenge note: the tag, `status`, any `extra` property lines (each ending in a newline), then `body`. */
export function challengeNote(status = "current", body = ACTION_ITEMS, extra = ""): string {
	return `---\ntags: [challenge]\nstatus: ${status}\n${extra}---\n${body}`;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** The note after its front matter block: what a properties-only write must leave alone. */
export function body(text: string): string {
	const m = FRONTMATTER.exec(text);
	return m ? text.slice(m[0].length) : text;
}

/** The note's properties, parsed ({} without a block). */
export function props(text: string): Record<string, unknown> {
	const m = FRONTMATTER.exec(text);
	if (!m) return {};
	return (parseYaml(m[1]) ?? {}) as Record<string, unknown>;
}
