import type { BuildOptions } from "esbuild";

/** Options for `esbuild.build` / `esbuild.context` that make main.js. */
export function pluginBundleOptions(options?: { root?: string; minify?: boolean }): BuildOptions;
