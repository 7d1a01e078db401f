/** Builds the test page once before the suite (tests/e2e/build.mjs). */
export default async function setup(): Promise<void> {
	// @ts-expect-error: a plain .mjs build script without type declarations.
	const { buildPage } = (await import("../build.mjs")) as { buildPage(): Promise<{ dir: string; notes: number }> };
	const { dir, notes } = await buildPage();
	console.log(`e2e page: ${notes} demo notes, built in ${dir}`);
}
