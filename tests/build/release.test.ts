import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderCss } from "../../scripts/build-css.mjs";
import { changelogSection } from "../../scripts/changelog-section.mjs";
import { bump } from "../../scripts/version-bump.mjs";

const read = (f: string) => readFileSync(f, "utf8");

interface Manifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	description: string;
	isDesktopOnly: boolean;
}

const json = <T>(f: string) => JSON.parse(read(f)) as T;

describe("release pipeline", () => {
	it("keeps package.json, manifest.json and versions.json in step", () => {
		const pkg = json<{ version: string }>("package.json");
		const manifest = json<Manifest>("manifest.json");
		const versions = json<Record<string, string>>("versions.json");
		expect(manifest.version).toBe(pkg.version);
		expect(versions[manifest.version]).toBe(manifest.minAppVersion);
	});

	it("bumps manifest.json and records the version with its minimum app version", () => {
		const out = bump(
			JSON.stringify({ version: "0.2.0" }),
			JSON.stringify({ id: "x", version: "0.1.0", minAppVersion: "1.8.7" }),
			JSON.stringify({ "0.1.0": "1.8.7" }),
		);
		expect(JSON.parse(out.manifest)).toEqual({ id: "x", version: "0.2.0", minAppVersion: "1.8.7" });
		expect(JSON.parse(out.versions)).toEqual({ "0.1.0": "1.8.7", "0.2.0": "1.8.7" });
	});

	it("has the contract's identity in manifest.json", () => {
		const manifest = json<Manifest>("manifest.json");
		expect(manifest).toMatchObject({ id: "just-in-time-learning", name: "Just-in-Time Learning", isDesktopOnly: false });
		expect(manifest.description.length).toBeGreaterThan(40);
	});

	it("has a changelog section for the current version", () => {
		const version = json<Manifest>("manifest.json").version;
		const section = changelogSection(read("CHANGELOG.md"), version);
		expect(section).not.toBe(`Release ${version}`);
		expect(section.length).toBeGreaterThan(20);
	});

	it("releases on tags without a v prefix and attaches the three plugin files", () => {
		const wf = read(".github/workflows/release.yml");
		expect(wf).toMatch(/tags:\s*\n\s*- "\[0-9\]/);
		expect(wf).not.toMatch(/- "v/);
		for (const step of ["npm ci", "npm run lint", "npm test", "npm run build", "--draft"]) expect(wf).toContain(step);
		expect(wf).toMatch(/main\.js manifest\.json styles\.css/);
	});

	it("ships a styles.css that matches src/styles", () => {
		// styles.css is committed (releases attach it); `npm run build` regenerates it.
		expect(read("styles.css")).toBe(renderCss());
	});
});
