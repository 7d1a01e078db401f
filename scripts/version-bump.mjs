// Run by `npm version <patch|minor|major>`: copies the new package.json version
// into manifest.json and records it with the current minAppVersion in versions.json,
// so Obsidian knows which app versions each plugin version supports.
import { readFileSync, writeFileSync } from "node:fs";

export function bump(pkgText, manifestText, versionsText) {
	const version = JSON.parse(pkgText).version;
	const manifest = JSON.parse(manifestText);
	const versions = JSON.parse(versionsText);
	manifest.version = version;
	versions[version] = manifest.minAppVersion;
	return {
		manifest: JSON.stringify(manifest, null, "\t") + "\n",
		versions: JSON.stringify(versions, null, "\t") + "\n",
	};
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
	const out = bump(readFileSync("package.json", "utf8"), readFileSync("manifest.json", "utf8"), readFileSync("versions.json", "utf8"));
	writeFileSync("manifest.json", out.manifest);
	writeFileSync("versions.json", out.versions);
	console.log(`manifest.json and versions.json now at ${JSON.parse(out.manifest).version}`);
}
