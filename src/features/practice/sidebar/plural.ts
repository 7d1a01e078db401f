import type { TranslationKey } from "../../../i18n/locales";
import { t } from "../../../i18n/t";

/** Picks the singular or plural form of a counted phrase (Chinese uses the same text for both). */
export function plural(count: number, one: TranslationKey, other: TranslationKey): string {
	return t(Math.abs(count) === 1 ? one : other, { count });
}
