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
		},
	},
	{
		files: ["**/*.mjs", "**/*.js"],
		...tseslint.configs.disableTypeChecked,
	},
]);
