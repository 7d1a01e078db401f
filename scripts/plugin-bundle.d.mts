import type { BuildOptions } from "esbuild";
export function pluginBundleOptions(options?: { root?: string; minify?: boolean }): BuildOptions;
