import type { InstallFeature } from "../Feature";

/** Registers the practice commands and menus. */
export const installPractice: InstallFeature = () => {
	// Filled in by the practice feature.
};
