import type { Plugin, PluginBuild } from "esbuild";
export function translationKeys(root?: string): string[];
export function usedKeys(keys: string[], root?: string): string[];
export function packLocales(
	keys: string[],
	tables: Record<string, Record<string, unknown>>,
	used?: string[],
): { ids: Map<string, number>; strings: Record<string, string[]> };
export function readLocales(
	esbuild: PluginBuild["esbuild"],
	root?: string,
): Promise<{ tables: { en: Record<string, string>; zh: Record<string, string> }; files: string[] }>;
export function packForBundle(
	esbuild: PluginBuild["esbuild"],
	root?: string,
): Promise<{ ids: Map<string, number>; locales: string; files: string[] }>;
export function i18nShortKeys(root?: string): Plugin;
