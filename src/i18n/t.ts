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

// Building an Intl formatter costs far more than formatting with it: one per kind and language.
const formatters = new Map<string, unknown>();

/** The formatter `make` builds for the current language, built once per `kind`. */
export function formatter<F>(kind: string, make: (locale: string) => F): F {
	const locale = intlLocale();
	let f = formatters.get(kind + locale) as F | undefined;
	if (!f) formatters.set(kind + locale, (f = make(locale)));
	return f;
}

export function formatNumber(n: number): string {
	return formatter("n", (l) => new Intl.NumberFormat(l)).format(n);
}

/** A local day (`YYYY-MM-DD`) formatted for the language, e.g. "Nov 27, 2026" / "2026年11月27日". */
export function formatDay(day: string, style: "short" | "long" = "short"): string {
	const [y, m, d] = day.split("-").map(Number);
	const date = new Date(y, m - 1, d);
	// The style names the month's form too; the long one adds the weekday.
	const f = formatter(style, (l) => new Intl.DateTimeFormat(l, { year: "numeric", month: style, day: "numeric", ...(style === "long" && { weekday: "short" }) }));
	return f.format(date);
}
