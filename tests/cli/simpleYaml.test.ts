import fc from "fast-check";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseSimpleYaml } from "../../src/cli/simpleYaml";

/** The js-yaml the report falls back to (gray-matter's own), with the report's schema. */
const yaml = createRequire(createRequire(import.meta.url).resolve("gray-matter"))("js-yaml") as {
	load(text: string, options: { schema: unknown }): unknown;
	JSON_SCHEMA: unknown;
};

function jsYaml(lines: string[]): { value: unknown } | { error: true } {
	try {
		return { value: yaml.load(lines.join("\n"), { schema: yaml.JSON_SCHEMA }) };
	} catch {
		return { error: true };
	}
}

const KEYS = ["tags", "tag", "Tag", "status", "created", "from", "a", "b-c", "d_e", "Null", "true", "x y", "标签", "constructor", "__proto__", "k9"];
const WORDS = ["music", "Rust", "learning/spaced-repetition", "方法论", "a b", "a  b", "a, b", "it's", 'say "hi"', "x-y", "café", "Σοφία"];
const TRICKY = ["null", "Null", "~", "TRUE", "false", "yes", "0", "30", "007", "08", "0019", "0x1F", "-5", "+5", "1.5", "1e3", ".inf", "1_000", "12345678901234567890", "2024-07-03", "2024-7-3", "2024-07-03T10:00:00Z", "12:30", "a: b", "a #b", "a#b", "#a", "&x", "*x", "!x", "|", ">", "%x", "@x", "`x`", "? x", "- x", "[x]", "{a: 1}", "a\tb", "a\u3000", "\u3000a", "🎉", "a\u2028b"];
const QUOTED = ['"[[Source note]]"', '"https://example.com/a#b"', '"a, b"', '""', "''", "'it''s'", '"a\\nb"', '"a" # c', "'x'", '"unclosed', "'a'b'"];
const FLOW = ["[]", "[ ]", "[a]", "[a, b]", "[a,b]", "[ a , b ]", "[a, b/c, 方法论]", "[a b]", "[a, , b]", "[a, b,]", "[a, [b]]", "[a] x", '["a", b]', "[30, 2024-01-02]", "[null]", "[a: b]", "[a"];
/** Mostly what notes hold, now and then something the quick path must leave alone. */
const usually = <T,>(common: T[], rare: T[]) =>
	fc.oneof({ arbitrary: fc.constantFrom(...common), weight: 6 }, { arbitrary: fc.constantFrom(...rare), weight: 1 });
const value = usually([...WORDS, ...QUOTED.slice(0, 4), ...FLOW.slice(0, 7), "2024-07-03", "30", "0"], [...TRICKY, ...QUOTED, ...FLOW]);
const key = usually(KEYS.slice(0, 7), KEYS);
const gap = usually([": "], [":", ":  ", " : ", ":\t"]);
const tail = usually([""], [" ", "  ", "\t"]);
const keyLine = fc.tuple(key, gap, value, tail).map(([k, g, v, t]) => [`${k}${g}${v}${t}`]);
const item = fc.tuple(usually(["  "], ["", " ", "    ", "\t"]), usually(["- "], ["-  ", "-", "* "]), value).map(([i, d, v]) => `${i}${d}${v}`);
const listEntry = fc.tuple(key, tail, fc.array(item, { maxLength: 4 })).map(([k, t, items]) => [`${k}:${t}`, ...items]);
const other = fc.constantFrom("", "  ", "# comment", "  nested: 1", "just words", "---", "...", "\ttags: a").map((l) => [l]);
const block = fc
	.array(fc.oneof({ arbitrary: keyLine, weight: 5 }, { arbitrary: listEntry, weight: 4 }, { arbitrary: other, weight: 1 }), { minLength: 1, maxLength: 6 })
	.map((entries) => entries.flat());

describe("parseSimpleYaml", () => {
	it("reads the usual properties of a note", () => {
		const lines = ["created: 2024-07-03", "tags:", "  - music", "  - learning/spaced-repetition", "Tag: 方法论", "daily_goal: 30", 'from: "[[Source note]]"', "aliases: [a, b c]", "empty:"];
		expect(parseSimpleYaml(lines)).toEqual({
			created: "2024-07-03",
			tags: ["music", "learning/spaced-repetition"],
			Tag: "方法论",
			daily_goal: 30,
			from: "[[Source note]]",
			aliases: ["a", "b c"],
			empty: null,
		});
	});

	it("leaves to js-yaml what it cannot read exactly", () => {
		for (const lines of [["n: 007"], ["k: Null"], ["Null: k"], ["a: x", "a: y"], ["a: b # c"], ["a:", "  b: c"], ["a: x", "  - y"], ["", "a: b"], ["a:", "  - x", "   - y"], ['a: "\\n"'], ["a: 1.5"], ["a:\tb"]]) {
			expect(parseSimpleYaml(lines), lines.join("\\n")).toBeUndefined();
		}
	});

	it("returns what js-yaml returns whenever it reads a block itself", () => {
		let read = 0;
		fc.assert(
			fc.property(block, (lines) => {
				const ours = parseSimpleYaml(lines);
				if (ours === undefined) return;
				read++;
				expect(jsYaml(lines)).toEqual({ value: ours });
			}),
			{ numRuns: 3000 },
		);
		// The generator must reach the quick path often, or this test proves little.
		expect(read).toBeGreaterThan(300);
	});
});
