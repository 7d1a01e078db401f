/**
 * Obsidian's YAML helpers. Obsidian uses the `yaml` package (its parse errors are
 * `YAMLParseError`); the output keeps long strings on one line.
 */
// `yaml` comes with obsidian-test-mocks; it should be a devDependency (see tests/fake/README.md).
// eslint-disable-next-line import/no-extraneous-dependencies -- transitive dependency, see README
import { parse, stringify } from "yaml";

export function parseYaml(yaml: string): unknown {
	return parse(yaml);
}

export function stringifyYaml(obj: unknown): string {
	return stringify(obj, { lineWidth: 0 });
}
