/**
 * Checks for what the user types in the settings tab, and the repair of
 * data.json on load. Each check returns an error code, never a message: the
 * settings tab words and translates them.
 */
import { normalizeUserPath } from "./paths";
import { refused } from "./refused";
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type JitlSettings, type RunningSession } from "./settings";

export type Checked<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

/** A check's success: the value to keep (the failures are `refused(code)`). */
function accepted<T>(value: T): { ok: true; value: T } {
	return { ok: true, value };
}

/** The value of a successful check, undefined after a failed one. */
function valueOf<T>(r: { ok: true; value: T } | { ok: false }): T | undefined {
	return r.ok ? r.value : undefined;
}

/** A heading's text, without its `#` marks (the note may use any level). */
export function validateHeading(input: string): Checked<string, "empty" | "newline" | "starts-with-hash"> {
	const value = input.trim();
	if (value === "") return refused("empty");
	if (/[\r\n]/.test(value)) return refused("newline");
	if (value.startsWith("#")) return refused("starts-with-hash");
	return accepted(value);
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
	return accepted(value);
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
	return accepted(value);
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
	return accepted(value);
}

/** A front matter key: anything on one line without `:`. */
export function validateStatusKey(input: string): Checked<string, "empty" | "newline" | "colon"> {
	const value = input.trim();
	if (value === "") return refused("empty");
	if (/[\r\n]/.test(value)) return refused("newline");
	if (value.includes(":")) return refused("colon");
	return accepted(value);
}

/** For each stored setting, what reads it from data.json: its value when valid, else nothing. */
type Readers = { [K in Exclude<keyof JitlSettings, "version">]: (v: unknown) => JitlSettings[K] | null | undefined };

/**
 * Settings from whatever data.json held: each known key kept when valid, else
 * its default; unknown keys dropped; never throws. A later schema version adds
 * its steps here, keyed on `raw.version`, so no user choice is lost on update.
 */
export function migrateSettings(raw: unknown, configDir?: string): JitlSettings {
	const str = (check: (s: string) => Checked<string, string>) => (v: unknown) => (typeof v === "string" ? valueOf(check(v)) : undefined);
	const bool = (v: unknown) => (typeof v === "boolean" ? v : undefined);
	// In data.json's order.
	const readers: Readers = {
		challengeTag: str(validateTag),
		topicTags: readTagList,
		statusKey: str(validateStatusKey),
		justInCaseFolder: str((s) => validateFolder(s, configDir)),
		practiceLogHeading: str(validateHeading),
		actionItemsHeading: str(validateHeading),
		dailyGoalMinutes: readGoal,
		doneDate: bool,
		parkReplacement: (v) => (v === "link" || v === "remove" ? v : undefined),
		updatePracticeProperties: bool,
		collapsed: readCollapsed,
		runningSession: readSession,
	};
	const settings: Record<string, unknown> = { version: SETTINGS_VERSION };
	for (const key of Object.keys(readers) as (keyof Readers)[]) {
		let value: unknown;
		try {
			value = readers[key](readOwn(raw, key));
		} catch {
			// A reader that throws rejects the value, like one that returns nothing.
		}
		// Not valid: (a copy of) the default.
		const fallback = DEFAULT_SETTINGS[key];
		settings[key] = value ?? (Array.isArray(fallback) ? [...fallback] : fallback);
	}
	return settings as unknown as JitlSettings;
}

function readOwn(raw: unknown, key: string): unknown {
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
	return Object.prototype.hasOwnProperty.call(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
}

/** A vault folder, normalised (see normalizeUserPath); never the config folder when `configDir` is given. */
export function validateFolder(input: string, configDir?: string): Checked<string, string> {
	const r = normalizeUserPath(input, configDir);
	return r.ok ? accepted(r.path) : r;
}

/** A list keeps its valid tags; a string (hand-edited data.json) is read as typed in the tab. */
function readTagList(v: unknown): string[] | undefined {
	if (typeof v === "string") return valueOf(validateTagList(v));
	if (!Array.isArray(v)) return undefined;
	const strings = v.filter((t): t is string => typeof t === "string");
	const r = validateTagList(strings.filter((t) => validateTag(t).ok).join(","));
	// A list with nothing usable in it was not a choice of "no topic tags".
	return r.ok && (r.value.length > 0 || v.length === 0) ? r.value : undefined;
}

function readGoal(v: unknown): number | undefined {
	if (typeof v !== "number" && typeof v !== "string") return undefined;
	return valueOf(validateGoal(String(v)));
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
