/** Builds the test page once before the suite (tests/e2e/build.mjs). */
interface BuildScript {
	buildPage(): Promise<{ dir: string; notes: number }>;
}

export default async function setup(): Promise<void> {
	// @ts-expect-error: a plain .mjs build script without type declarations.
	const script = (await import("../build.mjs")) as BuildScript;
	const { dir, notes } = await script.buildPage();
	process.stdout.write(`e2e page: ${notes} demo notes, built in ${dir}\n`);
}
