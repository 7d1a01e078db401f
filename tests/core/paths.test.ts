import { describe, expect, it } from "vitest";
import { normalizeUserPath } from "../../src/core/paths";

const CONFIG = ".obsidian";
const ok = (path: string) => ({ ok: true, path });
const refused = (error: string) => ({ ok: false, error });

describe("normalizeUserPath: accepted", () => {
	it.each([
		["Just in case", "Just in case"],
		["  Just in case  ", "Just in case"],
		["Archive\\Parked", "Archive/Parked"],
		["Archive//Parked///", "Archive/Parked"],
		["Archive/ Parked /", "Archive/Parked"],
		["Notes\u00a0parked", "Notes parked"],
		["Cafe\u0301", "Caf\u00e9"],
		["学习/方法论", "学习/方法论"],
		["obsidian notes", "obsidian notes"],
		["a.b/c..d", "a.b/c..d"],
	])("%j → %j", (input, expected) => {
		expect(normalizeUserPath(input, CONFIG)).toEqual(ok(expected));
	});
});

describe("normalizeUserPath: refused", () => {
	it.each(["", "   ", "\t\n"])("empty %j", (input) => {
		expect(normalizeUserPath(input, CONFIG)).toEqual(refused("empty"));
	});

	it.each(["/Parked", "//server/share", "\\Parked", "\\\\server\\share", "  /Parked"])("absolute %j", (input) => {
		expect(normalizeUserPath(input, CONFIG)).toEqual(refused("absolute"));
	});

	it.each(["C:", "C:\\Users\\me", "d:/notes", "z:relative"])("drive %j", (input) => {
		expect(normalizeUserPath(input, CONFIG)).toEqual(refused("drive"));
	});

	it.each([".", "..", "../outside", "a/../b", "a/./b", "a/..", "...", "a\\..\\b"])("dot segment %j", (input) => {
		expect(normalizeUserPath(input, CONFIG)).toEqual(refused("dot-segment"));
	});

	it.each([".hidden", "Notes/.parked"])("hidden folder %j (Obsidian does not index it)", (input) => {
		expect(normalizeUserPath(input, CONFIG)).toEqual(refused("dot-segment"));
	});

	it.each([".obsidian", ".Obsidian", ".OBSIDIAN/plugins", ".obsidian\\snippets", ".obsidian/"])("config folder %j", (input) => {
		expect(normalizeUserPath(input, CONFIG)).toEqual(refused("config-dir"));
	});

	it("uses the vault's own config folder name", () => {
		expect(normalizeUserPath(".config-mobile/x", ".config-mobile")).toEqual(refused("config-dir"));
		expect(normalizeUserPath(".obsidian/x", ".config-mobile")).toEqual(refused("dot-segment"));
	});

	it("still refuses the config folder when none is given", () => {
		expect(normalizeUserPath(".obsidian").ok).toBe(false);
	});

	it.each([":", "*", "?", '"', "<", ">", "|", "\u0000", "\u001f"])("illegal character %j", (c) => {
		expect(normalizeUserPath(`Parked${c}ideas`, CONFIG)).toEqual(refused("illegal-chars"));
	});
});
