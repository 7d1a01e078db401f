import type { InstallFeature } from "../Feature";

/** Registers the parking commands and menus. */
export const installParking: InstallFeature = () => {
	// Filled in by the parking feature.
};
