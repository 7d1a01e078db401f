import { frontmatterTags } from "./frontmatterTags";
import { inlineTags } from "./inlineTags";

/**
 * All tags of a note, front matter first, then the body's, normalised and
 * without duplicates. Used where no metadata cache is at hand (the headless report).
 */
export function noteTags(fm: Record<string, unknown> | null | undefined, text?: string): string[] {
	const out = new Set(frontmatterTags(fm));
	if (text !== undefined) for (const t of inlineTags(text)) out.add(t);
	return [...out];
}
