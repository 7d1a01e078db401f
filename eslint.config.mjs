import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import tseslint from "typescript-eslint";
import globals from "globals";

export default defineConfig([
	globalIgnores([
		"node_modules/",
		"main.js",
		"demo-vault/",
		"test-results/",
		"coverage/",
		"dist/",
		"tests/fixtures/",
		"bench/results.json",
		"bench/.cache/",
		"package-lock.json",
	]),
	...obsidianmd.configs.recommendedWithLocalesEn,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// getSettingDefinitions() (settings search) exists from Obsidian 1.13 only; the plugin
		// supports 1.8.7 and later, where display() is the API (require-display stays on).
		files: ["src/settings/**"],
		rules: { "obsidianmd/settings-tab/prefer-setting-definitions": "off" },
	},
	{
		// Tests, benchmarks, the CLI and build scripts run on Node, not inside Obsidian.
		files: ["tests/**", "bench/**", "scripts/**", "bin/**", "esbuild.config.mjs", "vitest.config.ts", "vitest.e2e.config.ts", "src/cli/**"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/ui/sentence-case": "off",
			"obsidianmd/prefer-create-el": "off",
			"import/no-nodejs-modules": "off",
			// Build scripts, the CLI, benchmarks and tests talk to a terminal.
			"obsidianmd/rule-custom-message": "off",
			"no-console": "off",
		},
	},
	{
		// The test fake re-exports moment because the real `obsidian` module does; the plugin never imports it.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { allowed: ["moment"] }] },
	},
	{
		files: ["**/*.mjs", "**/*.js"],
		...tseslint.configs.disableTypeChecked,
	},
]);
