// `npm run demo`: builds the plugin, installs it into demo-vault/, prints the
// headless report of that vault and says how to open it in Obsidian.
// Works on a fresh clone after `npm ci`; it only writes inside demo-vault/.obsidian.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PLUGIN_ID = "just-in-time-learning";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vault = join(root, "demo-vault");
const configDir = join(vault, ".obsidian");
const pluginDir = join(configDir, "plugins", PLUGIN_ID);

function say(text) {
	process.stdout.write(`${text}\n`);
}

function fail(message) {
	process.stderr.write(`demo: ${message}\n`);
	process.exit(1);
}

function run(args) {
	return spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" }).status;
}

say("Building the plugin (node esbuild.config.mjs production)...");
if (run(["esbuild.config.mjs", "production"]) !== 0) fail("the plugin build failed; see the errors above.");

// styles.css is built from src/styles/ by scripts/build-css.mjs; make it if the build did not.
if (!existsSync(join(root, "styles.css")) && existsSync(join(root, "scripts", "build-css.mjs"))) {
	if (run([join("scripts", "build-css.mjs")]) !== 0) fail("building styles.css failed; see above.");
}

mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
	const from = join(root, file);
	if (existsSync(from)) copyFileSync(from, join(pluginDir, file));
	else if (file !== "styles.css") fail(`${file} is missing after the build.`);
}

// Enable the plugin, keeping any other plugin the user enabled in the demo vault.
const listFile = join(configDir, "community-plugins.json");
let enabled = [];
try {
	const parsed = JSON.parse(readFileSync(listFile, "utf8"));
	if (Array.isArray(parsed)) enabled = parsed.filter((id) => typeof id === "string");
} catch {
	// Missing or unreadable: start a new list.
}
if (!enabled.includes(PLUGIN_ID)) enabled.push(PLUGIN_ID);
writeFileSync(listFile, `${JSON.stringify(enabled, null, 2)}\n`);
say(`Installed into ${pluginDir}\n`);

say("Headless report of demo-vault (node bin/jitl.mjs report demo-vault):\n");
if (run([join("bin", "jitl.mjs"), "report", "demo-vault"]) !== 0) fail("the report failed; see above.");

say(`\nTo see the sidebar in Obsidian:
  1. Open Obsidian, choose "Open folder as vault" and pick:
       ${vault}
  2. When Obsidian asks whether you trust the author of this vault, choose
     "Trust author and enable plugins" (the demo's only plugin is this one).
  3. Run the command "Just-in-Time Learning: Open sidebar" (Ctrl/Cmd+P).
The notes are dated around 2026-11-27; to see the report as of that day:
  node bin/jitl.mjs report demo-vault --today 2026-11-27`);
