import { describe, expect, it } from "vitest";
import { LOCALES, en, zh } from "../../../src/i18n/locales";
import { formatDay, localeFor, setLocale, t } from "../../../src/i18n/t";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("translations", () => {
	it("has every English key in Chinese, and no extra ones", () => {
		const enKeys = Object.keys(en).sort();
		const zhKeys = Object.keys(zh).sort();
		expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
		expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
	});

	it("has no empty string and keeps the same placeholders in both languages", () => {
		for (const [key, text] of Object.entries(en)) {
			const other = zh[key as keyof typeof en];
			expect(text.trim(), key).not.toBe("");
			expect(other.trim(), key).not.toBe("");
			expect(placeholders(other), key).toEqual(placeholders(text));
		}
	});

	it("actually translates (Chinese strings are not the English ones)", () => {
		const same = Object.keys(en).filter((k) => {
			const key = k as keyof typeof en;
			return en[key] === zh[key] && /[a-z]{3,}/i.test(en[key]) && !/^[\w.-]+$/.test(en[key]);
		});
		expect(same).toEqual([]);
	});

	it("picks Chinese for zh and zh-TW, English for anything else", () => {
		expect(localeFor("zh")).toBe("zh");
		expect(localeFor("zh-TW")).toBe("zh");
		expect(localeFor("fr")).toBe("en");
		expect(localeFor(undefined)).toBe("en");
		expect(Object.keys(LOCALES)).toEqual(["en", "zh"]);
	});

	it("fills placeholders and formats numbers and dates for the language", () => {
		setLocale("en");
		expect(t("view.brokenNotes", { count: 1234 })).toContain("1,234");
		expect(formatDay("2026-11-27")).toBe("Nov 27, 2026");
		setLocale("zh");
		expect(t("view.title")).toBe("即时学习");
		expect(formatDay("2026-11-27")).toBe("2026年11月27日");
		setLocale("en");
	});
});
