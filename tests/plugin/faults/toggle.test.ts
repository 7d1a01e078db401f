/**
 * Faults around ticking an action item from the sidebar (toggleActionItem):
 * one line changes, or nothing does and the user hears why.
 */
import { describe, expect, it } from "vitest";
import { enoent } from "../../fake/obsidian/errors";
import { type ToggleHandle, toggleActionItem } from "../../../src/features/challenge/toggleActionItem";
import { t } from "../../../src/i18n/t";
import type { Harness } from "../harness";
import { challengeNote } from "../notes";
import { beforeNextWrite, diskError, failNext } from "./inject";
import { TODAY, expectTold, useFaultClock, vault, withBrokenYaml } from "./setup";
import { changesDuring, expectOnly } from "./vaultSnapshot";

const P = "Rust.md";
const NOTE = challengeNote("current");
const TICKED = (text: string, item = "write") => text.replace(`- [ ] ${item}\n`, `- [x] ${item} ✅ ${TODAY}\n`);

useFaultClock();

/** A handle as the sidebar row builds it from the index. */
function handle(h: Harness, text: string): ToggleHandle {
	const item = h.ctx.index.challenge(P)?.actionItems.find((i) => i.textWithoutDoneDate === text);
	if (!item) throw new Error(`no item ${text}`);
	return { target: { line: item.line, raw: item.raw, textWithoutDoneDate: item.textWithoutDoneDate } };
}

/** What the sidebar shows for the item once the index has read the note back. */
async function shownStatus(h: Harness, path: string, text: string): Promise<string | undefined> {
	await h.settle();
	return h.ctx.index.challenge(path)?.actionItems.find((i) => i.textWithoutDoneDate === text)?.status;
}

describe("fault: toggle an action item", () => {
	it("changed under it (a line added above): toggles the item where it now is, keeps the other edit", async () => {
		const h = await vault({ [P]: NOTE });
		const edited = NOTE.replace("## Action items\n", "## Action items\nNew line typed on the phone.\n");
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), edited));
		const d = await changesDuring(h.app, () => toggleActionItem(h.ctx, P, handle(h, "write")));
		expectOnly(d, { changed: { [P]: (_, after) => expect(after).toBe(TICKED(edited)) } });
		expect(await shownStatus(h, P, "write")).toBe("done");
		expectTold();
	});

	it("changed under it (the item reworded): writes nothing and says the item is gone", async () => {
		const h = await vault({ [P]: NOTE });
		const edited = NOTE.replace("- [ ] write\n", "- [ ] write tests\n");
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), edited));
		const d = await changesDuring(h.app, () => toggleActionItem(h.ctx, P, handle(h, "write")));
		expectOnly(d, { changed: { [P]: (_, after) => expect(after).toBe(edited) } });
		expectTold(t("challenge.notice.itemGone", { text: "write", title: "Rust" }));
	});

	it("changed under it (unsaved typing in an open editor): the typing is saved first, then the tick", async () => {
		const h = await vault({ [P]: NOTE });
		const view = await h.open(P);
		view.editor.replaceRange("Typed just now.\n", { line: 4, ch: 0 });
		const typed = view.editor.getValue();
		const d = await changesDuring(h.app, () => toggleActionItem(h.ctx, P, handle(h, "write")));
		await h.settle();
		expectOnly(d, { changed: { [P]: (_, after) => expect(after).toBe(TICKED(typed)) } });
		expect(view.editor.getValue()).toBe(TICKED(typed));
		expectTold();
	});

	it("deleted before the click: writes nothing, says the note is gone", async () => {
		const h = await vault({ [P]: NOTE });
		const target = handle(h, "write");
		const d = await changesDuring(h.app, async () => {
			await h.app.vault.delete(h.file(P));
			expect(await toggleActionItem(h.ctx, P, target)).toBe(false);
		});
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.fileGone", { path: P }));
	});

	it("deleted while the write runs: nothing is recreated, the failure is reported", async () => {
		const h = await vault({ [P]: NOTE });
		beforeNextWrite(h.app, P, () => h.app.vault.delete(h.file(P)));
		const d = await changesDuring(h.app, () => toggleActionItem(h.ctx, P, handle(h, "write")));
		await h.settle();
		expectOnly(d, { removed: [P] });
		expect(h.app.vault.getAbstractFileByPath(P)).toBeNull();
		expectTold(t("notice.writeFailed", { path: P, error: enoent("open", P).message }));
	});

	it("renamed while the write runs: the tick lands in the renamed note", async () => {
		const h = await vault({ [P]: NOTE });
		beforeNextWrite(h.app, P, () => h.app.fileManager.renameFile(h.file(P), "Rust lang.md"));
		const d = await changesDuring(h.app, () => toggleActionItem(h.ctx, P, handle(h, "write")));
		expectOnly(d, { removed: [P], added: { "Rust lang.md": (after) => expect(after).toBe(TICKED(NOTE)) } });
		expect(await shownStatus(h, "Rust lang.md", "write")).toBe("done");
		expectTold();
	});

	it("renamed before the click (index not caught up): writes nothing, says the note is gone", async () => {
		const h = await vault({ [P]: NOTE });
		const target = handle(h, "write");
		const d = await changesDuring(h.app, async () => {
			await h.app.fileManager.renameFile(h.file(P), "Rust lang.md");
			expect(await toggleActionItem(h.ctx, P, target)).toBe(false);
		});
		expectOnly(d, { removed: [P], added: { "Rust lang.md": (after) => expect(after).toBe(NOTE) } });
		expectTold(t("notice.fileGone", { path: P }));
	});

	it("front matter broken meanwhile: toggles the line, keeps the broken YAML byte for byte", async () => {
		const h = await vault({ [P]: NOTE });
		const broken = withBrokenYaml(NOTE);
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), broken));
		const d = await changesDuring(h.app, () => toggleActionItem(h.ctx, P, handle(h, "write")));
		expectOnly(d, { changed: { [P]: (_, after) => expect(after).toBe(TICKED(broken)) } });
		expectTold();
	});

	it("process throws (no create or rename on this path): nothing changes, the error is shown", async () => {
		const h = await vault({ [P]: NOTE });
		const error = diskError(P);
		failNext(h.app, P, error);
		const d = await changesDuring(h.app, () => toggleActionItem(h.ctx, P, handle(h, "write")));
		expectOnly(d);
		expectTold(t("notice.writeFailed", { path: P, error: error.message }));
		expect(await shownStatus(h, P, "write")).toBe("open");
	});

	it("two ticks race (two items, not awaited): both land", async () => {
		const h = await vault({ [P]: NOTE });
		const [a, b] = [handle(h, "read"), handle(h, "write")];
		const d = await changesDuring(h.app, () => Promise.all([toggleActionItem(h.ctx, P, a), toggleActionItem(h.ctx, P, b)]));
		expectOnly(d, { changed: { [P]: (before, after) => expect(after).toBe(TICKED(TICKED(before, "read"))) } });
		expectTold();
	});

	it("two ticks race on the same item (a double click): ticked then unticked, the note is as it was", async () => {
		const h = await vault({ [P]: NOTE });
		const same = handle(h, "write");
		const d = await changesDuring(h.app, () => Promise.all([toggleActionItem(h.ctx, P, same), toggleActionItem(h.ctx, P, same)]));
		expectOnly(d);
		expectTold();
	});
});
