import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const made: string[] = [];

/** A vault in a fresh temp folder, from `{ path: content }`. Remove with {@link removeTempVaults}. */
export function tempVault(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "jitl-vault-"));
	made.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

export function removeTempVaults(): void {
	for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
