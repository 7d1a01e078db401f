import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shortIds, translationKeys } from "../../scripts/i18n-short-keys.mjs";
import { en } from "../../src/i18n/locales";

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
	});
}

describe("translation keys in the bundle", () => {
	it("finds every key the app knows, in the English locale files", () => {
		expect(translationKeys().sort()).toEqual(Object.keys(en).sort());
	});

	it("gives each key a distinct short id", () => {
		const ids = shortIds(translationKeys());
		expect(new Set(ids.values()).size).toBe(ids.size);
	});

	it("never builds a key at run time (the bundle rewrites keys written out in full)", () => {
		const offenders = sourceFiles("src").filter((f) => /\bt\(\s*`/.test(readFileSync(f, "utf8")));
		expect(offenders).toEqual([]);
	});
});
