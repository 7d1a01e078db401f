import type { Plugin } from "esbuild";
export function obsidianImports(root?: string): string[];
export function obsidianOnce(root?: string): Plugin;
