/**
 * Finds colours written into a stylesheet instead of taken from the theme:
 * hex values, colour functions and named colours. A colour given only as the
 * fallback of `var(--x, …)` is allowed (the theme's value wins).
 */
const NAMED = [
	"white", "black", "red", "green", "blue", "yellow", "orange", "purple", "pink", "gray", "grey",
	"silver", "navy", "teal", "maroon", "olive", "lime", "aqua", "fuchsia", "brown", "gold", "cyan", "magenta",
];
const PATTERNS: RegExp[] = [
	/#[0-9a-f]{3,8}\b/gi,
	/\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi,
	new RegExp(`:[^;{}]*\\b(?:${NAMED.join("|")})\\b`, "gi"),
];

/** Removes `var(...)` fallbacks (keeping the variable), however deeply nested. */
function dropVarFallbacks(css: string): string {
	let out = "";
	let i = 0;
	while (i < css.length) {
		const at = css.indexOf("var(", i);
		if (at < 0) return out + css.slice(i);
		out += css.slice(i, at);
		let depth = 0;
		let j = at + 3;
		for (; j < css.length; j++) {
			if (css[j] === "(") depth++;
			else if (css[j] === ")" && --depth === 0) break;
		}
		const inner = css.slice(at + 4, j);
		const comma = inner.indexOf(",");
		out += `var(${comma < 0 ? inner : inner.slice(0, comma)})`;
		i = j + 1;
	}
	return out;
}

/** Each hard-coded colour as `line N: text`. */
export function hardCodedColours(css: string): string[] {
	const found: string[] = [];
	const lines = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).split("\n");
	lines.forEach((line, n) => {
		if (/[{,]\s*$/.test(line)) return; // a selector line
		// Selectors and property names may contain such words (.jitl-heat-green, --color-red): look at values only.
		const value = dropVarFallbacks(line)
			.replace(/var\(--[\w-]*\)/g, "var()")
			.replace(/^[^:{}]*\{/, "");
		if (!value.includes(":")) return;
		const decl = value.slice(value.indexOf(":"));
		for (const re of PATTERNS) {
			re.lastIndex = 0;
			if (re.test(re === PATTERNS[2] ? decl : decl.slice(1))) {
				found.push(`line ${n + 1}: ${line.trim()}`);
				break;
			}
		}
	});
	return found;
}
