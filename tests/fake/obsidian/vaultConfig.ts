/**
 * The vault settings the fake honours, with Obsidian's defaults. Real Obsidian reads
 * them with the internal `vault.getConfig(key)`.
 */
export interface FakeVaultConfig {
	/** "Use [[Wikilinks]]" off means Markdown links. */
	useMarkdownLinks: boolean;
	/** "New link format": shortest, relative or absolute. */
	newLinkFormat: "shortest" | "relative" | "absolute";
	/** "Automatically update internal links" on rename. */
	alwaysUpdateLinks: boolean;
	/** "Default location for new notes": root, current or folder. */
	newFileLocation: "root" | "current" | "folder";
	newFileFolderPath: string;
	attachmentFolderPath: string;
	/** "Deleted files": system trash, .trash folder, or permanent. */
	trashOption: "system" | "local" | "none";
	[key: string]: unknown;
}

export function defaultVaultConfig(): FakeVaultConfig {
	return {
		useMarkdownLinks: false,
		newLinkFormat: "shortest",
		alwaysUpdateLinks: true,
		newFileLocation: "root",
		newFileFolderPath: "",
		attachmentFolderPath: "/",
		trashOption: "system",
	};
}
