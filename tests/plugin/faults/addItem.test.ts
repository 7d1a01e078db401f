/**
 * Faults around "Add action item" (addActionItem): one line is inserted under
 * the action items heading, or nothing changes and the user hears why.
 */
import { describe, expect, it } from "vitest";
import { enoent } from "../../fake/obsidian/errors";
import { addActionItem } from "../../../src/features/challenge/addActionItem";
import { t } from "../../../src/i18n/t";
import { challengeNote } from "../notes";
import { beforeNextWrite, diskError, failNext } from "./inject";
import { expectTold, useFaultClock, vault, withBrokenYaml } from "./setup";
import { changesDuring, expectOnly } from "./vaultSnapshot";

const P = "Rust.md";
const NOTE = challengeNote("current", "# Rust\n\n## Action items\n- [ ] read\n\n## Notes\nOwnership.\n");
const ADDED = (text: string, after = "- [ ] read\n") => text.replace(after, `${after}- [ ] ship it\n`);

useFaultClock();

describe("fault: add an action item", () => {
	it("changed under it (an item added elsewhere): the new item goes after it, the other edit kept", async () => {
		const h = await vault({ [P]: NOTE });
		const edited = NOTE.replace("- [ ] read\n", "- [ ] read\n- [ ] from the phone\n").replace("Ownership.", "Ownership and borrowing.");
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), edited));
		const d = await changesDuring(h.app, () => addActionItem(h.ctx, P, "ship it"));
		expectOnly(d, { changed: { [P]: (_, after) => expect(after).toBe(ADDED(edited, "- [ ] from the phone\n")) } });
		expectTold(t("challenge.notice.itemAdded", { title: "Rust" }));
	});

	it("deleted before the modal was submitted: nothing written, the user is told", async () => {
		const h = await vault({ [P]: NOTE });
		const d = await changesDuring(h.app, async () => {
			await h.app.vault.delete(h.file(P));
			expect(await addActionItem(h.ctx, P, "ship it")).toBe(false);
		});
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.fileGone", { path: P }));
	});

	it("deleted while the write runs: nothing is recreated, the failure is reported", async () => {
		const h = await vault({ [P]: NOTE });
		beforeNextWrite(h.app, P, () => h.app.vault.delete(h.file(P)));
		const d = await changesDuring(h.app, () => addActionItem(h.ctx, P, "ship it"));
		await h.settle();
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.writeFailed", { path: P, error: enoent("open", P).message }));
	});

	it("renamed while the write runs: the item lands in the renamed note", async () => {
		const h = await vault({ [P]: NOTE });
		beforeNextWrite(h.app, P, () => h.app.fileManager.renameFile(h.file(P), "Rust lang.md"));
		const d = await changesDuring(h.app, () => addActionItem(h.ctx, P, "ship it"));
		expectOnly(d, { removed: [P], added: { "Rust lang.md": (after) => expect(after).toBe(ADDED(NOTE)) } });
		expectTold(t("challenge.notice.itemAdded", { title: "Rust" }));
	});

	it("front matter broken meanwhile: the item is added in the body, the broken YAML kept byte for byte", async () => {
		const h = await vault({ [P]: NOTE });
		const broken = withBrokenYaml(NOTE);
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), broken));
		const d = await changesDuring(h.app, () => addActionItem(h.ctx, P, "ship it"));
		expectOnly(d, { changed: { [P]: (_, after) => expect(after).toBe(ADDED(broken)) } });
		expectTold(t("challenge.notice.itemAdded", { title: "Rust" }));
	});

	it("process throws (no create or rename on this path): nothing changes, the error is shown", async () => {
		const h = await vault({ [P]: NOTE });
		const error = diskError(P, "ENOSPC", "no space left on device");
		failNext(h.app, P, error);
		const d = await changesDuring(h.app, () => addActionItem(h.ctx, P, "ship it"));
		expectOnly(d);
		expectTold(t("notice.writeFailed", { path: P, error: error.message }));
	});

	it("two adds race (not awaited): both items land, in the order they were added", async () => {
		const h = await vault({ [P]: NOTE });
		const d = await changesDuring(h.app, () => Promise.all([addActionItem(h.ctx, P, "first"), addActionItem(h.ctx, P, "second")]));
		expectOnly(d, { changed: { [P]: (before, after) => expect(after).toBe(before.replace("- [ ] read\n", "- [ ] read\n- [ ] first\n- [ ] second\n")) } });
		const added = t("challenge.notice.itemAdded", { title: "Rust" });
		expectTold(added, added);
	});
});
