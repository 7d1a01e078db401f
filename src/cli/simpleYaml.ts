/**
 * A quick reader for the front matter most notes carry: `key: value` lines,
 * lists written `[a, b]` or as `- item` lines under a key, and values that are
 * words, dates, whole numbers or quoted text without escapes. It returns what
 * js-yaml returns for them with the JSON schema (dates stay strings), or
 * undefined for anything else (comments, blank lines, nesting, tabs, escapes,
 * `:` or `#` in a plain value, a repeated key...), which js-yaml then reads.
 * Most notes need no YAML parser at all this way, and the report reads the
 * front matter of every note. tests/cli/simpleYaml.test.ts compares the two.
 */

export type SimpleValue = string | number | null | SimpleValue[];

const KEY_LINE = /^([A-Za-z][\w-]{0,99}):(?: +(.*))?$/;
const ITEM_LINE = /^( *)- +(.*)$/;
/** Words js-yaml reads as null or a boolean (as a key too, which then becomes "null", "true"...). */
const RESERVED = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
const STARTS_WITH_LETTER = /^\p{L}/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE_NUMBER = /^(?:0|[1-9]\d{0,14})$/;
const TRAILING_SPACES = / +$/;

/** The properties of a front matter block (its lines between the fences), or undefined when js-yaml must read it. */
export function parseSimpleYaml(lines: string[]): Record<string, SimpleValue> | undefined {
	const out: Record<string, SimpleValue> = {};
	/** The key last written `key:` with nothing after it, which `- item` lines below it fill. */
	let listKey: string | null = null;
	let list: { items: SimpleValue[]; indent: number } | null = null;
	for (const line of lines) {
		if (hasSpecialChar(line)) return undefined;
		const item = ITEM_LINE.exec(line);
		if (item) {
			const value = scalar(item[2].replace(TRAILING_SPACES, ""));
			if (listKey === null || value === undefined || (list && item[1].length !== list.indent)) return undefined;
			if (!list) {
				list = { items: [], indent: item[1].length };
				out[listKey] = list.items;
			}
			list.items.push(value);
			continue;
		}
		listKey = null;
		list = null;
		const entry = KEY_LINE.exec(line);
		if (!entry || RESERVED.has(entry[1]) || Object.prototype.hasOwnProperty.call(out, entry[1])) return undefined;
		const text = (entry[2] ?? "").replace(TRAILING_SPACES, "");
		const value = text === "" ? null : text.startsWith("[") ? flowList(text) : scalar(text);
		if (value === undefined) return undefined;
		out[entry[1]] = value;
		if (text === "") listKey = entry[1];
	}
	return Object.keys(out).length === 0 ? undefined : out;
}

/** A quoted or plain value of a line. */
function scalar(text: string): SimpleValue | undefined {
	const quote = text[0];
	if (quote !== '"' && quote !== "'") return plain(text, false);
	// No escapes: `\` in double quotes, `''` in single quotes.
	if (text.indexOf(quote, 1) !== text.length - 1 || (quote === '"' && text.includes("\\"))) return undefined;
	return text.slice(1, -1);
}

/** `[a, b]` of plain values. */
function flowList(text: string): SimpleValue[] | undefined {
	if (!text.endsWith("]")) return undefined;
	const inner = text.slice(1, -1);
	if (/^ *$/.test(inner)) return [];
	const items: SimpleValue[] = [];
	for (const part of inner.split(",")) {
		const value = plain(part.replace(/^ +| +$/g, ""), true);
		if (value === undefined) return undefined;
		items.push(value);
	}
	return items;
}

/**
 * An unquoted value: a date (a string with the JSON schema), a whole number,
 * or text starting with a letter that js-yaml cannot read as anything else.
 */
function plain(text: string, inFlow: boolean): SimpleValue | undefined {
	if (text.includes(":") || text.includes("#") || (inFlow && /[[\]{}]/.test(text))) return undefined;
	if (DATE.test(text)) return text;
	if (WHOLE_NUMBER.test(text)) return Number(text);
	if (!STARTS_WITH_LETTER.test(text) || RESERVED.has(text)) return undefined;
	return text;
}

/**
 * Whether a line holds a character YAML refuses (controls, lone surrogates,
 * U+FFFE/U+FFFF), reads as a line break, or that could change the line's
 * meaning (a tab, a byte order mark): js-yaml decides about those lines.
 * Surrogate pairs (emoji) are left to it too.
 */
function hasSpecialChar(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff)) return true;
		if (c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe) return true;
	}
	return false;
}
