/**
 * Writes the front matter of synthetic notes: plain strings, numbers and
 * string lists, the shapes people keep in properties. Lists come out in block
 * or flow style, as both occur in real vaults.
 */

export type FmValue = string | number | boolean | string[];
export type Fm = Record<string, FmValue>;

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} _./-]*$/u;
const LOOKS_TYPED = /^(?:true|false|null|yes|no|~|[-+]?\d+(?:\.\d+)?)$/i;

function scalar(v: string | number | boolean): string {
	if (typeof v !== "string") return String(v);
	if (PLAIN.test(v) && !LOOKS_TYPED.test(v) && !v.endsWith(" ")) return v;
	return JSON.stringify(v);
}

/** The YAML block between the `---` lines (without them). */
export function toYaml(fm: Fm, flowLists: boolean): string {
	const out: string[] = [];
	for (const [key, value] of Object.entries(fm)) {
		if (!Array.isArray(value)) out.push(`${key}: ${scalar(value)}`);
		else if (flowLists) out.push(`${key}: [${value.map(scalar).join(", ")}]`);
		else out.push(`${key}:`, ...value.map((v) => `  - ${scalar(v)}`));
	}
	return out.join("\n");
}
