/**
 * Finds the front matter block at the very top of a note, as Obsidian does: an opening
 * `---` line and the next `---` line. The YAML itself is parsed elsewhere.
 */
export interface FrontMatterInfo {
	/** Whether a complete `---` ... `---` block exists. */
	exists: boolean;
	/** The YAML text between the fences. */
	frontmatter: string;
	/** Offset where the YAML text starts. */
	from: number;
	/** Offset where the YAML text ends (start of the closing fence line). */
	to: number;
	/** Offset of the first character after the closing fence line. */
	contentStart: number;
	/** Line of the closing fence (only meaningful when it exists). */
	endLine: number;
}

const FENCE = /^---[ \t]*\r?$/;

export function getFrontMatterInfo(content: string): FrontMatterInfo {
	const none: FrontMatterInfo = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0, endLine: -1 };
	const firstBreak = content.indexOf("\n");
	if (firstBreak < 0 || !FENCE.test(content.slice(0, firstBreak))) return none;
	let lineStart = firstBreak + 1;
	let line = 1;
	while (lineStart <= content.length) {
		const next = content.indexOf("\n", lineStart);
		const end = next < 0 ? content.length : next;
		if (FENCE.test(content.slice(lineStart, end))) {
			return {
				exists: true,
				frontmatter: content.slice(firstBreak + 1, lineStart),
				from: firstBreak + 1,
				to: lineStart,
				contentStart: next < 0 ? content.length : next + 1,
				endLine: line,
			};
		}
		if (next < 0) break;
		lineStart = next + 1;
		line++;
	}
	return none;
}
