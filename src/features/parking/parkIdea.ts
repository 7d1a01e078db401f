import { type Editor, type MarkdownFileInfo, TFile } from "obsidian";
import { linkTarget, parkedNoteContent } from "../../core/parking/parkedNote";
import { sanitizeFileName } from "../../core/parking/fileName";
import { titleFromIdea } from "../../core/parking/title";
import { t } from "../../i18n/t";
import type { JitlContext } from "../../obsidian/JitlContext";
import { notify } from "../../obsidian/notify";
import { errorText } from "../../obsidian/writes/safeWrite";
import { freeNotePath } from "./freePath";
import { type IdeaSource, ideaFromEditor, ideaStillThere, removalRange } from "./ideaSource";
import { ensureFolder, FolderIsFile, parkingFolder, removeCreatedFolders } from "./parkingFolder";
import { say } from "../say";

export type ParkIdeaResult =
	| { kind: "parked"; path: string; sourceChanged: boolean }
	| { kind: "refused"; message: string };

/**
 * Parks the selected idea (or the cursor's line) as a new note in the
 * just-in-case folder. The source is touched only after the note exists, and
 * only if it still holds the idea where it was: a failure before that leaves
 * the vault as it was, a change meanwhile leaves the text in place.
 */
export async function parkIdea(ctx: JitlContext, editor: Editor, info: MarkdownFileInfo): Promise<ParkIdeaResult> {
	const source = info.file;
	if (!source) return refuse(t("parking.notice.nothingToPark"));
	const idea = ideaFromEditor(editor);
	if (!idea) return refuse(t("parking.notice.nothingToPark"));
	const folder = parkingFolder(ctx);
	if (folder === null) return refuse("");
	if (!ctx.isReady) await ctx.whenReady();
	// One park at a time per folder, so two quick parks never pick the same free name.
	const created = await ctx.writes.run(`park:${folder}`, () => createIdeaNote(ctx, folder, idea, source));
	if (!(created instanceof TFile)) return refuse(created);
	const sourceChanged = info.file === source && replaceIdea(ctx, editor, idea, source, created);
	say(sourceChanged ? "parking.notice.ideaParked" : "parking.notice.ideaKept", { title: created.basename });
	return { kind: "parked", path: created.path, sourceChanged };
}

/** Creates the note (and the folder on first use); on failure removes what it made and returns why. */
async function createIdeaNote(ctx: JitlContext, folder: string, idea: IdeaSource, source: TFile): Promise<TFile | string> {
	const { vault, metadataCache } = ctx.app;
	let madeFolders: string[] = [];
	let attempt: { path: string; content: string } | null = null;
	try {
		madeFolders = await ensureFolder(ctx.app, folder);
		const title = titleFromIdea(idea.text) || sanitizeFileName(t("parking.fallbackTitle", { day: ctx.today() }));
		const path = freeNotePath(vault, folder, title);
		const content = () => {
			const current = ctx.index.current().chosen?.record.path;
			const challenge = current ? vault.getFileByPath(current) : null;
			return parkedNoteContent({
				parked: ctx.today(),
				from: metadataCache.fileToLinktext(source, path, true),
				challenge: challenge ? metadataCache.fileToLinktext(challenge, path, true) : current ? linkTarget(current) : null,
				body: idea.text,
			});
		};
		attempt = { path, content: content() };
		const note = await vault.create(path, attempt.content);
		// The source may have been renamed while the note was being made: Obsidian updated the links
		// in the notes that existed then, not in this one. (A deleted source keeps the link it had.)
		const written = attempt.content;
		const fresh = vault.getFileByPath(source.path) === source ? content() : written;
		if (fresh !== written) await vault.process(note, (text) => (text === written ? fresh : text));
		return note;
	} catch (e) {
		if (attempt) await removeHalfMade(ctx, attempt.path, attempt.content);
		await removeCreatedFolders(ctx.app, madeFolders);
		return e instanceof FolderIsFile ? e.message : t("parking.notice.ideaFailed", { error: errorText(e) });
	}
}

/**
 * A create that threw may still have left a file behind. It is removed only if
 * it holds exactly what was written: a note that sync or another plugin put at
 * the same path in the meantime is not ours to delete.
 */
async function removeHalfMade(ctx: JitlContext, path: string, content: string): Promise<void> {
	const file = ctx.app.vault.getFileByPath(path);
	if (!file) return;
	try {
		if ((await ctx.app.vault.read(file)) !== content) return;
		await ctx.app.fileManager.trashFile(file);
	} catch {
		// Nothing more can be done; the failure is reported by the caller.
	}
}

/**
 * Replaces the idea with a link to its note (or removes it) in one editor
 * change, so one undo brings the text back. Returns false, changing nothing,
 * when the idea is no longer where it was taken from.
 */
function replaceIdea(ctx: JitlContext, editor: Editor, idea: IdeaSource, source: TFile, note: TFile): boolean {
	if (!ideaStillThere(editor, idea)) return false;
	const remove = ctx.settings.parkReplacement === "remove";
	const { from, to } = remove ? removalRange(editor, idea) : idea;
	const text = remove ? "" : ctx.app.fileManager.generateMarkdownLink(note, source.path);
	editor.transaction({ changes: [{ from, to, text }] });
	return true;
}

function refuse(message: string): ParkIdeaResult {
	if (message !== "") notify(message);
	return { kind: "refused", message };
}
