/**
 * Small global facts of the running app: `Platform` (desktop by default; tests may
 * change the fields), the interface language, and the API version.
 */
// The fake *is* the `obsidian` module, so it supplies the moment that Obsidian bundles, by
// file path because plugin code may not import "moment" itself (a devDependency, pinned to
// the version the `obsidian` package declares).
import momentLib from "moment/moment.js";

export const moment = momentLib;

export const apiVersion = "1.12.3";

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://fake-vault/",
};

let language = "en";

/** The interface language of the most recently created fake app ("en" by default). */
export function getLanguage(): string {
	return language;
}

export function setLanguage(value: string): void {
	language = value;
}

/** Whether the (fake) app is at least `version`. */
export function requireApiVersion(version: string): boolean {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const diff = (have[i] ?? 0) - (want[i] ?? 0);
		if (diff !== 0) return diff > 0;
	}
	return true;
}
