// The newest modification time under a path (0 when it does not exist), so that
// bin/jitl.mjs and the build tests can tell when a bundle is older than its sources.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let newest = 0;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
	return newest;
}
