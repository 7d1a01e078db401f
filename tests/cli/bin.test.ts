import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ReportJson } from "../../src/cli/reportJson";
import { ROOT } from "./run";

/** The installed entry point: bin/jitl.mjs (re)builds dist/jitl.mjs with esbuild when needed, then runs it. */
function bin(args: string[]) {
	return spawnSync(process.execPath, [join(ROOT, "bin", "jitl.mjs"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
}

describe("bin/jitl.mjs", () => {
	it("builds and runs the bundled report", () => {
		const r = bin(["report", "demo-vault", "--json", "--today", "2026-11-27"]);
		expect(r.stderr).toBe("");
		expect(r.status).toBe(0);
		const json = JSON.parse(r.stdout) as ReportJson;
		expect(json.schema).toBe(1);
		expect(json.current?.deadline).toBe("2026-12-20");
		expect(json.broken.map((b) => b.path)).toEqual(["Inbox/Rust meetup notes.md"]);
	}, 60_000);

	it("keeps gray-matter out of the bundle and passes exit codes on", () => {
		const r = bin(["report", "no-such-vault"]);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain("jitl: vault folder not found");
		const bundle = readFileSync(join(ROOT, "dist", "jitl.mjs"), "utf8");
		expect(bundle).toMatch(/from "gray-matter"/);
		expect(bundle).not.toContain("eval(");
	}, 60_000);
});
