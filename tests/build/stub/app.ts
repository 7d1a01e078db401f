/**
 * An empty vault's `app`, for loading the built plugin outside Obsidian: every
 * lookup finds nothing, every event can be listened to, and the layout-ready
 * callback is kept so a test can fire it. Writes fail loudly: onload must not write.
 */
import { Events, type TFile } from "./core";

/** The stub app: Obsidian's `app` as far as onload and an empty index build reach. */
export type StubApp = ReturnType<typeof createStubApp>;

function refuse(what: string): () => never {
	return () => {
		throw new Error(`${what} must not run during onload`);
	};
}

export function createStubApp() {
	const layoutReady: (() => unknown)[] = [];
	const vault = Object.assign(new Events(), {
		configDir: ".obsidian",
		getName: () => "Stub vault",
		getMarkdownFiles: (): TFile[] => [],
		getFiles: (): TFile[] => [],
		getFileByPath: () => null,
		getAbstractFileByPath: () => null,
		cachedRead: refuse("vault.cachedRead"),
		read: refuse("vault.read"),
		process: refuse("vault.process"),
		create: refuse("vault.create"),
		modify: refuse("vault.modify"),
	});
	const metadataCache = Object.assign(new Events(), {
		getFileCache: () => null,
		getFirstLinkpathDest: () => null,
		resolvedLinks: {},
		unresolvedLinks: {},
	});
	const workspace = Object.assign(new Events(), {
		layoutReady: false,
		onLayoutReady: (cb: () => unknown) => void layoutReady.push(cb),
		getActiveFile: () => null,
		getLeavesOfType: () => [],
		getRightLeaf: () => null,
		getLeaf: refuse("workspace.getLeaf"),
		revealLeaf: () => Promise.resolve(),
	});
	const fileManager = {
		processFrontMatter: refuse("fileManager.processFrontMatter"),
		renameFile: refuse("fileManager.renameFile"),
		trashFile: refuse("fileManager.trashFile"),
		generateMarkdownLink: () => "",
	};
	return { vault, metadataCache, workspace, fileManager, layoutReady };
}
