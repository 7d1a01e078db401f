import { appendActionItem } from "../../core/actionItems";
import type { JitlContext } from "../../obsidian/JitlContext";
import { processNote } from "../../obsidian/writes/safeWrite";
import { AddActionItemModal } from "./AddActionItemModal";
import { cleanItemText } from "./cleanItemText";
import { currentChallengePath } from "./currentChallenge";
import { noteTitle } from "./noteTitle";
import { say } from "../say";

/**
 * Appends `- [ ] text` at the end of the note's action items section (made
 * when missing) through `Vault.process`, so an edit made meanwhile is kept.
 */
export async function addActionItem(ctx: JitlContext, path: string, text: string): Promise<boolean> {
	const item = cleanItemText(text);
	if (item === "") return false;
	const written = await processNote(ctx, path, (body) => appendActionItem(body, ctx.settings.actionItemsHeading, item));
	if (!written.ok) return false;
	say("challenge.notice.itemAdded", { title: noteTitle(path) }, 3000);
	return true;
}

/** Asks for the text of a new action item for `path`, or the current challenge. */
export async function promptActionItem(ctx: JitlContext, path?: string): Promise<void> {
	const target = path ?? (await currentChallengePath(ctx));
	if (target === null) return;
	new AddActionItemModal(ctx.app, {
		title: noteTitle(target),
		heading: ctx.settings.actionItemsHeading,
		onSubmit: (text) => void addActionItem(ctx, target, text),
	}).open();
}
