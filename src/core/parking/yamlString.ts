/**
 * A YAML double-quoted scalar. Note names may hold quotes, backslashes or
 * characters YAML reads as line breaks; escaping them keeps the front matter
 * parseable by Obsidian, Dataview and gray-matter alike.
 */
const ESCAPES: Record<string, string> = {
	"\\": "\\\\",
	'"': '\\"',
	"\n": "\\n",
	"\r": "\\r",
	"\t": "\\t",
	"\u0085": "\\N",
	"\u2028": "\\L",
	"\u2029": "\\P",
};

export function yamlQuote(value: string): string {
	const body = value.replace(/[\\"\p{Cc}\u2028\u2029\ufeff]/gu, (c) => {
		return ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
	});
	return `"${body}"`;
}
