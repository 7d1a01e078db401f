import { afterEach, describe, expect, it } from "vitest";
import { formatDay, formatNumber, formatter, setLocale } from "../../../src/i18n/t";

/** Formatters are built once per kind and language, and must still follow both. */

afterEach(() => setLocale("en"));

describe("cached Intl formatters", () => {
	it("follow the language when it changes", () => {
		expect(formatDay("2026-11-27")).toBe("Nov 27, 2026");
		setLocale("zh");
		expect(formatDay("2026-11-27")).toBe("2026年11月27日");
		setLocale("en");
		expect(formatDay("2026-11-27")).toBe("Nov 27, 2026");
	});

	it("keep the short and the long day apart", () => {
		expect(formatDay("2026-11-27", "long")).toBe("Fri, November 27, 2026");
		expect(formatDay("2026-11-27")).toBe("Nov 27, 2026");
		expect(formatDay("2026-11-27", "long")).toBe("Fri, November 27, 2026");
	});

	it("format numbers for the language", () => {
		expect(formatNumber(12345.5)).toBe("12,345.5");
		setLocale("zh");
		expect(formatNumber(12345.5)).toBe("12,345.5");
	});

	it("build each kind once per language", () => {
		let built = 0;
		const make = (locale: string) => {
			built++;
			return new Intl.NumberFormat(locale, { style: "percent" });
		};
		expect(formatter("test-percent", make).format(0.5)).toBe("50%");
		expect(formatter("test-percent", make).format(0.25)).toBe("25%");
		expect(built).toBe(1);
		setLocale("zh");
		formatter("test-percent", make);
		expect(built).toBe(2);
	});
});
