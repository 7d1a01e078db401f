import { type LocaleId, LOCALES, type TranslationKey } from "./locales";

/**
 * Translation for every string the user sees. The language follows Obsidian's
 * (set once at load from getLanguage()); anything but Chinese falls back to English.
 */
let locale: LocaleId = "en";

export function localeFor(language: string | null | undefined): LocaleId {
	return (language ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function setLocale(language: string | null | undefined): void {
	locale = localeFor(language);
}

export function currentLocale(): LocaleId {
	return locale;
}

/** BCP 47 tag for Intl formatting. */
export function intlLocale(): string {
	return locale === "zh" ? "zh-CN" : "en";
}

export type Vars = Record<string, string | number>;

export function t(key: TranslationKey, vars?: Vars): string {
	const template = LOCALES[locale][key] ?? LOCALES.en[key] ?? key;
	if (!vars) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const v = vars[name];
		if (v === undefined) return whole;
		return typeof v === "number" ? formatNumber(v) : v;
	});
}

export function formatNumber(n: number): string {
	return new Intl.NumberFormat(intlLocale()).format(n);
}

/** A local day (`YYYY-MM-DD`) formatted for the language, e.g. "Nov 27, 2026" / "2026年11月27日". */
export function formatDay(day: string, style: "short" | "long" = "short"): string {
	const [y, m, d] = day.split("-").map(Number);
	const date = new Date(y, m - 1, d);
	const opts: Intl.DateTimeFormatOptions =
		style === "long" ? { year: "numeric", month: "long", day: "numeric", weekday: "short" } : { year: "numeric", month: "short", day: "numeric" };
	return new Intl.DateTimeFormat(intlLocale(), opts).format(date);
}
