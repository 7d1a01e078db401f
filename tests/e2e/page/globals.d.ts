/** What the test page exposes to the tests (see app.ts). */
import type { JitlPage } from "./jitlPage";

declare global {
	interface Window {
		jitl: JitlPage;
		/** Set when the page failed to start, with the reason. */
		jitlError?: string;
		/** Layout shifts seen by a test's PerformanceObserver. */
		__shifts?: number[];
	}
	/** The demo vault's notes by path, baked in by tests/e2e/build.mjs. */
	const __DEMO_VAULT__: Record<string, string>;
}

export {};
