/**
 * Plain data shapes shared by the core, the adapters and the headless report.
 * Nothing here knows about Obsidian.
 */

/** A calendar day in the user's local time zone, `YYYY-MM-DD`. */
export type LocalDay = string;

/** Front matter as parsed (Obsidian's metadata cache or gray-matter). */
export type Frontmatter = Record<string, unknown>;

/**
 * What the index knows of one note. Built by an adapter (metadata cache in the
 * plugin, gray-matter in the report) and handed to the index.
 */
export interface NoteRecord {
	/** Vault-relative path with `/` separators, e.g. `Learning/Rust.md`. */
	path: string;
	/** File name without extension. */
	basename: string;
	/** Modification time, epoch ms. */
	mtime: number;
	/** Parsed front matter, or null when the note has none or it is broken. */
	frontmatter: Frontmatter | null;
	/** True when the note starts with a front matter block that could not be parsed. */
	frontmatterBroken?: boolean;
	/** Normalised tags (lower case, no `#`), from front matter and body. */
	tags: string[];
	/** Vault paths this note links to (resolved links only). */
	links: string[];
	/**
	 * Whether the note may link to `path`; false means it certainly does not.
	 * Lets a caller skip {@link links}, which an adapter may resolve only when read.
	 */
	mayLinkTo?: (path: string) => boolean;
	/** Full text; only present for challenge notes (others are never read). */
	body?: string;
}

/** One Markdown task in a challenge note. */
export interface ActionItem {
	/** 0-based line number in the file. */
	line: number;
	/** The whole line as it reads in the file. */
	raw: string;
	/** Everything before the list marker: indentation and blockquote `>` prefixes. */
	prefix: string;
	/** Nesting depth: 0 for a top-level item, 1 for its child... */
	depth: number;
	/** The list marker: `-`, `*`, `+`, `1.`, `1)`. */
	marker: string;
	/** The status character between the brackets. */
	statusChar: string;
	status: "open" | "done" | "cancelled";
	/** Task text after `] `, done date included when present. */
	text: string;
	/** Text without a trailing ` ✅ YYYY-MM-DD` done date. */
	textWithoutDoneDate: string;
	/** True when the item sits in a blockquote or callout. */
	inQuote: boolean;
}

export interface PracticeEntry {
	day: LocalDay;
	/** `HH:MM`, when the line had a time. */
	time?: string;
	minutes: number;
	comment?: string;
	/** 0-based line in the file. */
	line: number;
}

export interface UnreadableLine {
	line: number;
	raw: string;
}

export interface PracticeLog {
	/** 0-based line of the log heading, or null when the note has none. */
	headingLine: number | null;
	entries: PracticeEntry[];
	unreadable: UnreadableLine[];
}
