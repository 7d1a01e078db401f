// Module resolution hook registered by aliasObsidian.mjs.
const STUB = new URL("../../tests/build/stub/core.ts", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
	if (specifier === "obsidian") return { url: STUB, shortCircuit: true };
	return nextResolve(specifier, context);
}
