import type { InstallFeature } from "../Feature";

/** Registers the challenge commands and menus. */
export const installChallenge: InstallFeature = () => {
	// Filled in by the challenge feature.
};
