/**
 * Rewrites the links that point to a renamed file, as "Automatically update internal
 * links" does: the link path changes, subpath and display text stay.
 */
import type { TFile } from "./files";
import { linktextFor } from "./linkResolver";
import { parseMarkdown } from "./markdown/cachedMetadata";
import { getFrontMatterInfo } from "./markdown/frontmatter";
import { getLinkpath } from "./paths";
import { configString, type Vault } from "./vault";

/** A link occurrence found before the rename: where it is and how it was written. */
export interface LinkSite {
	offset: number;
	original: string;
	link: string;
	/** True for links inside front matter values (located by text, not offset). */
	frontmatter: boolean;
	/** The file the link points to. */
	target: TFile;
}

type Resolve = (linkpath: string, sourcePath: string) => TFile | null;

/** Links in `text` (a note at `sourcePath`) that currently resolve to one of `targets`. */
export function findLinksTo(text: string, sourcePath: string, targets: Set<TFile>, resolve: Resolve): LinkSite[] {
	const cache = parseMarkdown(text);
	const sites: LinkSite[] = [];
	const refs = [
		...[...(cache.links ?? []), ...(cache.embeds ?? [])].map((r) => ({ ...r, offset: r.position.start.offset, frontmatter: false })),
		...(cache.frontmatterLinks ?? []).map((r) => ({ ...r, offset: -1, frontmatter: true })),
	];
	for (const ref of refs) {
		const linkpath = getLinkpath(ref.link);
		const target = linkpath === "" ? null : resolve(linkpath, sourcePath);
		if (target && targets.has(target)) {
			sites.push({ offset: ref.offset, original: ref.original, link: ref.link, frontmatter: ref.frontmatter, target });
		}
	}
	return sites;
}

export function encodeMarkdownPath(path: string): string {
	return path.replace(/ /g, "%20").replace(/\(/g, "%28").replace(/\)/g, "%29");
}

function rewrite(vault: Vault, site: LinkSite, sourcePath: string): string {
	const file = site.target;
	const subpath = site.link.slice(getLinkpath(site.link).length);
	const format = configString(vault, "newLinkFormat", "shortest");
	if (site.original.startsWith("[[") || site.original.startsWith("![[")) {
		const embed = site.original.startsWith("!") ? "!" : "";
		const inner = site.original.slice(embed.length + 2, -2);
		const bar = inner.indexOf("|");
		const alias = bar > 0 ? inner.slice(bar) : "";
		return `${embed}[[${linktextFor(vault, file, sourcePath, true, format)}${subpath}${alias}]]`;
	}
	const close = site.original.lastIndexOf("](");
	const newTarget = encodeMarkdownPath(linktextFor(vault, file, sourcePath, false, format) + subpath);
	return `${site.original.slice(0, close)}](${newTarget})`;
}

/** Applies the rewrites to the text the sites were found in. */
export function applyLinkRewrites(vault: Vault, text: string, sites: LinkSite[], sourcePath: string): string {
	let out = text;
	const body = sites.filter((s) => !s.frontmatter).sort((a, b) => b.offset - a.offset);
	for (const site of body) {
		out = out.slice(0, site.offset) + rewrite(vault, site, sourcePath) + out.slice(site.offset + site.original.length);
	}
	const info = getFrontMatterInfo(out);
	if (info.exists) {
		let yaml = out.slice(info.from, info.to);
		for (const site of sites.filter((s) => s.frontmatter)) yaml = yaml.split(site.original).join(rewrite(vault, site, sourcePath));
		out = out.slice(0, info.from) + yaml + out.slice(info.to);
	}
	return out;
}
