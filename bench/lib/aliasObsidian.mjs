// `node --import tsx --import ./bench/lib/aliasObsidian.mjs x.ts`: resolves the
// `obsidian` module (types only on npm) to the benchmarks' small stub, so the
// plugin's index code runs in plain Node.
import { register } from "node:module";

register("./aliasObsidianHooks.mjs", import.meta.url);
