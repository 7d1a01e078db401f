/**
 * Folder paths typed by the user, checked before the plugin writes there.
 * Obsidian's file API writes wherever a path points, including `..` and the
 * config folder, so a setting must be refused rather than trusted.
 */
import { refused } from "./refused";

export type UserPathError = "empty" | "absolute" | "drive" | "dot-segment" | "config-dir" | "illegal-chars";
export type UserPathResult = { ok: true; path: string } | { ok: false; error: UserPathError };

// Forbidden in file names on Windows, iOS or Android, plus control characters.
const ILLEGAL = /[:*?"<>|\p{Cc}]/u;

/**
 * A vault-relative folder path with `/` separators, NFC, no empty segments and
 * no leading or trailing slash, or the reason it is refused. Like Obsidian's
 * normalizePath, except that a leading `/` or a drive letter is an error
 * instead of being silently dropped: the user meant a place outside the vault.
 *
 * Segments starting with a dot are refused as `dot-segment` too: Obsidian does
 * not index hidden folders, so notes parked there would vanish from view.
 * `configDir` is `Vault#configDir`; it is never hard-coded here because users
 * can rename it. Without it the config folder is still refused (it always
 * starts with a dot), only reported as `dot-segment` instead of `config-dir`.
 */
export function normalizeUserPath(input: string, configDir?: string): UserPathResult {
	const text = input.replace(/\\/g, "/").replace(/[\u00a0\u202f]/g, " ").normalize("NFC").trim();
	if (text === "") return refused("empty");
	if (text.startsWith("/")) return refused("absolute");
	if (/^[A-Za-z]:/.test(text)) return refused("drive");
	const segments = text.split("/").map((s) => s.trim()).filter((s) => s !== "");
	if (segments.some((s) => /^\.+$/.test(s))) return refused("dot-segment");
	const path = segments.join("/");
	if (configDir !== undefined && isConfigPath(path, configDir)) return refused("config-dir");
	if (segments.some((s) => s.startsWith("."))) return refused("dot-segment");
	if (ILLEGAL.test(path)) return refused("illegal-chars");
	return { ok: true, path };
}

function isConfigPath(path: string, configDir: string): boolean {
	const config = configDir.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "").normalize("NFC").toLowerCase();
	if (config === "") return false;
	const lower = path.toLowerCase();
	return lower === config || lower.startsWith(`${config}/`);
}
