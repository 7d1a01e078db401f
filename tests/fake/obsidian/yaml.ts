/**
 * Obsidian's YAML helpers. Obsidian uses the `yaml` package (its parse errors are
 * `YAMLParseError`); the output keeps long strings on one line.
 */
import { parse, stringify } from "yaml";

export function parseYaml(yaml: string): unknown {
	return parse(yaml);
}

export function stringifyYaml(obj: unknown): string {
	return stringify(obj, { lineWidth: 0 });
}
