import { readStatus } from "../../core/index/frontmatterFields";
import { isInFolder } from "../../core/parking/folder";
import { normalizeTag } from "../../core/tags";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { processFrontmatter } from "../../obsidian/writes/safeWrite";
import { addTag, setProperty } from "./frontmatterEdits";
import { noteTitle } from "./noteTitle";
import { say } from "../say";

/**
 * Makes the note at `path` the one current challenge: it gets the challenge
 * tag when missing and `status: current`, then every other note still marked
 * current goes back to `active`. The new one is written first, so a failed
 * write never leaves the vault without a current challenge. Only properties
 * change, through `processFrontMatter`; the notes' bodies are not touched.
 * Parked notes are refused: the just-in-case folder is for later, not now.
 */
export async function setCurrentChallenge(ctx: JitlContext, path: string): Promise<boolean> {
	if (!ctx.isReady) await ctx.whenReady();
	// One at a time: each must see the note the previous one made current, even before the index does.
	return ctx.writes.run("challenge:set-current", () => setCurrent(ctx, path));
}

/** The last note made current here, and its mtime after the write: until the index has read that write, it is the one to demote. */
const lastSet = new WeakMap<JitlContext, { path: string; mtime: number }>();

function notYetIndexed(ctx: JitlContext): string[] {
	const recent = lastSet.get(ctx);
	if (!recent) return [];
	return (ctx.index.challenge(recent.path)?.record.mtime ?? 0) < recent.mtime ? [recent.path] : [];
}

async function setCurrent(ctx: JitlContext, path: string): Promise<boolean> {
	const { index } = ctx;
	const title = noteTitle(path);
	if (isInFolder(path, ctx.settings.justInCaseFolder)) {
		say("challenge.notice.parked", { title });
		return false;
	}
	const alreadyCurrent = index.challenge(path)?.status === "current";
	const others = [...new Set([...index.current().candidates.map((c) => c.record.path), ...notYetIndexed(ctx)])].filter((p) => p !== path);
	if (alreadyCurrent && others.length === 0) {
		say("challenge.notice.alreadyCurrent", { title });
		return false;
	}
	if (!alreadyCurrent) {
		const written = await processFrontmatter(ctx, path, (fm) => {
			addTag(fm, ctx.settings.challengeTag, inlineTags(ctx, path));
			setProperty(fm, ctx.settings.statusKey, "current");
		});
		if (!written.ok) return false;
	}
	lastSet.set(ctx, { path, mtime: ctx.app.vault.getFileByPath(path)?.stat.mtime ?? 0 });
	const demoted: string[] = [];
	for (const other of others) {
		let wasCurrent = false;
		const written = await processFrontmatter(ctx, other, (fm) => {
			wasCurrent = readStatus(fm, ctx.settings.statusKey) === "current";
			if (wasCurrent) setProperty(fm, ctx.settings.statusKey, "active");
		});
		if (written.ok && wasCurrent) demoted.push(noteTitle(other));
	}
	const names = demoted.join(t("challenge.listSeparator"));
	say(demoted.length === 0 ? "challenge.notice.nowCurrent" : "challenge.notice.nowCurrentDemoted", { title, others: names });
	return true;
}

/** Tags written in the note's body (the metadata cache has them); front matter tags are read fresh. */
function inlineTags(ctx: JitlContext, path: string): string[] {
	const file = ctx.app.vault.getFileByPath(path);
	const cache = file ? ctx.app.metadataCache.getFileCache(file) : null;
	return (cache?.tags ?? []).map((tag) => normalizeTag(tag.tag)).filter((tag): tag is string => tag !== null);
}
