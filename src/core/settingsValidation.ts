/**
 * Checks for what the user types in the settings tab, and the repair of
 * data.json on load. Each check returns an error code, never a message: the
 * settings tab words and translates them.
 */
import { normalizeUserPath } from "./paths";
import { refused } from "./refused";
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type JitlSettings, type RunningSession } from "./settings";

export type Checked<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

/** A heading's text, without its `#` marks (the note may use any level). */
export function validateHeading(input: string): Checked<string, "empty" | "newline" | "starts-with-hash"> {
	const value = input.trim();
	if (value === "") return refused("empty");
	if (/[\r\n]/.test(value)) return refused("newline");
	if (value.startsWith("#")) return refused("starts-with-hash");
	return { ok: true, value };
}

export type TagError = "empty" | "digits-only" | "illegal";
// Letters of any script, digits, marks, `_`, `-`, `/` for nesting, and emoji.
const TAG = /^(?:[\p{L}\p{N}\p{M}_\-/\p{Extended_Pictographic}]|\u200d|\ufe0f)+$/u;

/**
 * A tag as the user typed it (case kept, compare case-insensitively), one
 * leading `#` dropped. Nested tags need non-empty parts (`a/b`, not `a//b`).
 */
export function validateTag(input: string): Checked<string, TagError> {
	const value = input.trim().replace(/^#/, "").normalize("NFC");
	if (value === "") return refused("empty");
	if (!TAG.test(value) || value.split("/").some((part) => part === "")) return refused("illegal");
	if (/^\p{N}+$/u.test(value)) return refused("digits-only");
	return { ok: true, value };
}

/**
 * Tags separated by commas or whitespace, duplicates (ignoring case) dropped.
 * An empty list is valid: the user may want no topic tags. On error, `tag` is
 * the entry that failed.
 */
export function validateTagList(
	input: string,
): { ok: true; value: string[] } | { ok: false; error: TagError; tag: string } {
	const value: string[] = [];
	for (const entry of input.split(/[\s,]+/).filter((e) => e !== "")) {
		const tag = validateTag(entry);
		if (!tag.ok) return { ok: false, error: tag.error, tag: entry };
		if (!value.some((v) => v.toLowerCase() === tag.value.toLowerCase())) value.push(tag.value);
	}
	return { ok: true, value };
}

export type GoalError = "empty" | "not-a-number" | "not-whole" | "range";

/** Minutes per day, a whole number from 1 to 1440. Full-width digits are accepted. */
export function validateGoal(input: string): Checked<number, GoalError> {
	const text = input.normalize("NFKC").trim();
	if (text === "") return refused("empty");
	if (/^[-+]?\d*[.,]\d+$/.test(text)) return refused("not-whole");
	if (!/^[-+]?\d+$/.test(text)) return refused("not-a-number");
	const value = Number(text);
	if (value < 1 || value > 1440) return refused("range");
	return { ok: true, value };
}

/** A front matter key: anything on one line without `:`. */
export function validateStatusKey(input: string): Checked<string, "empty" | "newline" | "colon"> {
	const value = input.trim();
	if (value === "") return refused("empty");
	if (/[\r\n]/.test(value)) return refused("newline");
	if (value.includes(":")) return refused("colon");
	return { ok: true, value };
}

/**
 * Settings from whatever data.json held: each known key kept when valid, else
 * its default; unknown keys dropped; never throws. A later schema version adds
 * its steps here, keyed on `raw.version`, so no user choice is lost on update.
 */
export function migrateSettings(raw: unknown, configDir?: string): JitlSettings {
	/** The stored value of `key` when `check` accepts it, else (a copy of) its default. */
	const pick = <K extends keyof JitlSettings>(key: K, check: (v: unknown) => JitlSettings[K] | null | undefined): JitlSettings[K] => {
		try {
			const value = check(readOwn(raw, key));
			if (value !== null && value !== undefined) return value;
		} catch {
			// A check that throws rejects the value, like one that returns nothing.
		}
		const fallback = DEFAULT_SETTINGS[key];
		return (Array.isArray(fallback) ? [...fallback] : fallback) as JitlSettings[K];
	};
	const str = (check: (s: string) => Checked<string, string>) => (v: unknown) => {
		if (typeof v !== "string") return undefined;
		const r = check(v);
		return r.ok ? r.value : undefined;
	};
	const parkReplacement = (v: unknown) => (v === "link" || v === "remove" ? v : undefined);
	const bool = (v: unknown) => (typeof v === "boolean" ? v : undefined);
	return {
		version: SETTINGS_VERSION,
		challengeTag: pick("challengeTag", str(validateTag)),
		topicTags: pick("topicTags", readTagList),
		statusKey: pick("statusKey", str(validateStatusKey)),
		justInCaseFolder: pick("justInCaseFolder", str((s) => pathCheck(s, configDir))),
		practiceLogHeading: pick("practiceLogHeading", str(validateHeading)),
		actionItemsHeading: pick("actionItemsHeading", str(validateHeading)),
		dailyGoalMinutes: pick("dailyGoalMinutes", readGoal),
		doneDate: pick("doneDate", bool),
		parkReplacement: pick("parkReplacement", parkReplacement),
		updatePracticeProperties: pick("updatePracticeProperties", bool),
		collapsed: pick("collapsed", readCollapsed),
		runningSession: pick("runningSession", readSession),
	};
}

function readOwn(raw: unknown, key: string): unknown {
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
	return Object.prototype.hasOwnProperty.call(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
}

function pathCheck(s: string, configDir?: string): Checked<string, string> {
	const r = normalizeUserPath(s, configDir);
	return r.ok ? { ok: true, value: r.path } : r;
}

/** A list keeps its valid tags; a string (hand-edited data.json) is read as typed in the tab. */
function readTagList(v: unknown): string[] | undefined {
	if (typeof v === "string") {
		const r = validateTagList(v);
		return r.ok ? r.value : undefined;
	}
	if (!Array.isArray(v)) return undefined;
	const strings = v.filter((t): t is string => typeof t === "string");
	const r = validateTagList(strings.filter((t) => validateTag(t).ok).join(","));
	// A list with nothing usable in it was not a choice of "no topic tags".
	return r.ok && (r.value.length > 0 || v.length === 0) ? r.value : undefined;
}

function readGoal(v: unknown): number | undefined {
	if (typeof v !== "number" && typeof v !== "string") return undefined;
	const r = validateGoal(String(v));
	return r.ok ? r.value : undefined;
}

function readCollapsed(v: unknown): string[] | undefined {
	if (!Array.isArray(v)) return undefined;
	return [...new Set(v.filter((id): id is string => typeof id === "string" && id !== ""))];
}

/** Kept only when whole: a session with a bad start time cannot be logged. */
function readSession(v: unknown): RunningSession | null | undefined {
	const challengePath = readOwn(v, "challengePath");
	const startedAt = readOwn(v, "startedAt");
	if (typeof challengePath !== "string" || challengePath === "") return undefined;
	if (typeof startedAt !== "number" || !Number.isFinite(startedAt) || startedAt <= 0) return undefined;
	return { challengePath, startedAt };
}
