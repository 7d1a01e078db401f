import { afterEach, describe, expect, it } from "vitest";
import { relativeAge } from "../../../src/features/parking/view/relativeAge";
import { setLocale } from "../../../src/i18n/t";

afterEach(() => setLocale("en"));

describe("a parked note's age", () => {
	it.each([
		[0, "today"],
		[1, "yesterday"],
		[13, "13 days ago"],
		[14, "2 weeks ago"],
		[59, "8 weeks ago"],
		[60, "2 months ago"],
		[729, "24 months ago"],
		[730, "2 years ago"],
		[-3, "today"],
	])("%d days reads %j", (days, text) => {
		expect(relativeAge(days)).toBe(text);
	});

	it("follows the language", () => {
		setLocale("zh");
		expect(relativeAge(1)).toBe("昨天");
		expect(relativeAge(3)).toBe("3天前");
	});
});
