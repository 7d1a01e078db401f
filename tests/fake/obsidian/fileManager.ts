/**
 * Obsidian's `FileManager`: front matter edits, renames that update links, link text
 * generation and trashing, following the vault settings in `FakeVaultConfig`.
 */
import type { WriteOptions } from "./adapter";
import { TAbstractFile, TFile, TFolder } from "./files";
import { editFrontMatter } from "./frontMatterEdit";
import { linktextFor } from "./linkResolver";
import { applyLinkRewrites, encodeMarkdownPath, findLinksTo, type LinkSite } from "./linkUpdater";
import type { MetadataCache } from "./metadataCache";
import { normalizePath, parentPath, splitExtension } from "./paths";
import { configString, Vault } from "./vault";

interface RewritePlan {
	source: TFile;
	text: string;
	sites: LinkSite[];
}

export class FileManager {
	constructor(private readonly app: { vault: Vault; metadataCache: MetadataCache }) {}

	/** Where a new note goes, per "Default location for new notes". */
	getNewFileParent(sourcePath: string, newFilePath?: string): TFolder {
		void newFilePath;
		const { vault } = this.app;
		const location = vault.getConfig("newFileLocation");
		if (location === "current") {
			const folder = vault.getFolderByPath(parentPath(sourcePath));
			if (folder) return folder;
		}
		if (location === "folder") {
			const folder = vault.getFolderByPath(normalizePath(configString(vault, "newFileFolderPath", "")));
			if (folder) return folder;
		}
		return vault.getRoot();
	}

	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: WriteOptions): Promise<void> {
		await this.app.vault.process(file, (data) => editFrontMatter(data, fn), options);
	}

	/** Renames or moves, then rewrites links to it in other notes (vault `rename` first). */
	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		const { vault } = this.app;
		const plans = vault.getConfig("alwaysUpdateLinks") === false ? [] : this.planLinkRewrites(file);
		await vault.rename(file, newPath);
		for (const plan of plans) {
			await vault.process(plan.source, (current) => (current === plan.text ? applyLinkRewrites(vault, current, plan.sites, plan.source.path) : current));
		}
	}

	private planLinkRewrites(file: TAbstractFile): RewritePlan[] {
		const { vault, metadataCache } = this.app;
		const targets = new Set<TFile>();
		if (file instanceof TFile) targets.add(file);
		else if (file instanceof TFolder) Vault.recurseChildren(file, (f) => f instanceof TFile && targets.add(f));
		const targetPaths = new Set([...targets].map((t) => t.path));
		const resolve = (linkpath: string, sourcePath: string) => metadataCache.getFirstLinkpathDest(linkpath, sourcePath);
		const plans: RewritePlan[] = [];
		for (const [sourcePath, links] of Object.entries(metadataCache.resolvedLinks)) {
			if (!Object.keys(links).some((p) => targetPaths.has(p))) continue;
			const source = vault.getFileByPath(sourcePath);
			if (!source) continue;
			const text = vault.adapter.readSync(sourcePath);
			const sites = findLinksTo(text, sourcePath, targets, resolve);
			if (sites.length > 0) plans.push({ source, text, sites });
		}
		return plans;
	}

	async promptForDeletion(file: TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	/** Deletes per the "Deleted files" setting (system trash by default). */
	async trashFile(file: TAbstractFile): Promise<void> {
		const option = this.app.vault.getConfig("trashOption");
		await this.app.vault.discard(file, option === "none" ? "delete" : option === "local" ? "local" : "system");
	}

	/** A link to `file` as the user's settings would write it (attachments as embeds). */
	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const { vault } = this.app;
		const format = configString(vault, "newLinkFormat", "shortest");
		const embed = file.extension === "md" ? "" : "!";
		if (vault.getConfig("useMarkdownLinks") === true) {
			const target = encodeMarkdownPath(linktextFor(vault, file, sourcePath, false, format) + (subpath ?? ""));
			const text = alias || (file.extension === "md" ? file.basename : file.name);
			return `${embed}[${text}](${target})`;
		}
		const linktext = linktextFor(vault, file, sourcePath, true, format);
		return `${embed}[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	/** A free path for an attachment per "Default location for new attachments". */
	async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
		const { vault } = this.app;
		const setting = configString(vault, "attachmentFolderPath", "/");
		const sourceFolder = sourcePath ? parentPath(sourcePath) : "/";
		let folder = setting;
		if (setting === "./" || setting === ".") folder = sourceFolder;
		else if (setting.startsWith("./")) folder = normalizePath(`${sourceFolder === "/" ? "" : sourceFolder}/${setting.slice(2)}`);
		folder = normalizePath(folder);
		if (!vault.getAbstractFileByPath(folder)) await vault.createFolder(folder);
		const { basename, extension } = splitExtension(filename);
		const prefix = folder === "/" ? "" : `${folder}/`;
		const suffix = extension ? `.${extension}` : "";
		let candidate = `${prefix}${basename}${suffix}`;
		for (let i = 1; vault.getAbstractFileByPath(candidate); i++) candidate = `${prefix}${basename} ${i}${suffix}`;
		return candidate;
	}
}
