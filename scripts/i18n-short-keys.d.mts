import type { Plugin } from "esbuild";
export function translationKeys(root?: string): string[];
export function shortIds(keys: string[]): Map<string, string>;
export function i18nShortKeys(root?: string): Plugin;
