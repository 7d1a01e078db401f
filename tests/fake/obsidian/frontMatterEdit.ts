/**
 * The text transformation behind `processFrontMatter`: parse the YAML (a parse error
 * propagates, as Obsidian's `YAMLParseError` does), let the callback mutate it, and
 * write back only the YAML between the fences, leaving every other byte alone.
 */
import { getFrontMatterInfo } from "./markdown/frontmatter";
import { parseYaml, stringifyYaml } from "./yaml";

export function editFrontMatter(data: string, fn: (frontmatter: Record<string, unknown>) => void): string {
	const info = getFrontMatterInfo(data);
	const parsed: unknown = info.exists ? parseYaml(info.frontmatter) : null;
	const frontmatter = (typeof parsed === "object" && parsed !== null ? parsed : {}) as Record<string, unknown>;
	fn(frontmatter);
	const yaml = Object.keys(frontmatter).length > 0 ? stringifyYaml(frontmatter) : "";
	if (info.exists) {
		if (yaml === "") return data.slice(info.contentStart);
		return data.slice(0, info.from) + yaml + data.slice(info.to);
	}
	return yaml === "" ? data : `---\n${yaml}---\n${data}`;
}
