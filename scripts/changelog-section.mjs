// Prints the CHANGELOG.md section of one version (the release notes).
import { readFileSync } from "node:fs";

export function changelogSection(text, version) {
	const lines = text.split("\n");
	const start = lines.findIndex((l) => l.startsWith(`## ${version}`));
	if (start === -1) return `Release ${version}`;
	const rest = lines.slice(start + 1);
	const end = rest.findIndex((l) => l.startsWith("## "));
	return (end === -1 ? rest : rest.slice(0, end)).join("\n").trim();
}

if (process.argv[2]) console.log(changelogSection(readFileSync("CHANGELOG.md", "utf8"), process.argv[2]));
