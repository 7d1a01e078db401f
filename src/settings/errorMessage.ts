import type { TranslationKey } from "../i18n/locales";
import { t } from "../i18n/t";

/** Maps a validation error code from the core to its message. */
export function errorMessage(code: string): string {
	const known: Record<string, TranslationKey | undefined> = {
		empty: "settings.error.empty",
		absolute: "settings.error.absolute",
		drive: "settings.error.drive",
		"dot-segment": "settings.error.dot-segment",
		"config-dir": "settings.error.config-dir",
		"illegal-chars": "settings.error.illegal-chars",
		newline: "settings.error.newline",
		colon: "settings.error.colon",
		"starts-with-hash": "settings.error.starts-with-hash",
		"digits-only": "settings.error.digits-only",
		illegal: "settings.error.illegal",
		"not-a-number": "settings.error.not-a-number",
		"not-whole": "settings.error.not-a-number",
		"too-small": "settings.error.range",
		"too-large": "settings.error.range",
		range: "settings.error.range",
	};
	return t(known[code] ?? "settings.error.illegal");
}
