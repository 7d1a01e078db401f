/**
 * Faults around "Park this idea" (parkIdea): a new note in the just-in-case
 * folder and, only once it exists, the idea replaced by a link in the editor.
 * Any failure leaves the vault as it was and the idea where it was.
 */
import type { MarkdownView } from "obsidian";
import { describe, expect, it } from "vitest";
import { parkIdea } from "../../../src/features/parking/parkIdea";
import { t } from "../../../src/i18n/t";
import type { Harness } from "../harness";
import { props } from "../notes";
import { beforeNextWrite, diskError, failNext, onNextWrite } from "./inject";
import { BROKEN_YAML, TODAY, expectTold, expectToldInAnyOrder, useFaultClock, vault } from "./setup";
import { changesDuring, expectOnly } from "./vaultSnapshot";

const SRC = "Notes/Src.md";
const SRC_TEXT = "# Today\n- [ ] buy a kettle\n- next\n";
const FOLDER = "Just in case";
const NOTE = `${FOLDER}/buy a kettle.md`;
const inFolder = (p: string) => p.startsWith(`${FOLDER}/`);
const parked = (from: string) => `---\nparked: ${TODAY}\nfrom: "[[${from}]]"\n---\nbuy a kettle`;

useFaultClock();

/** Opens the note in a leaf of its own with the cursor on line 1, as the user would before parking. */
async function editorOn(h: Harness, path: string, newLeaf = false): Promise<MarkdownView> {
	const view = await h.open(path, newLeaf);
	view.editor.setCursor({ line: 1, ch: 8 });
	return view;
}

/** Parks from the view and saves the editor, so the disk shows what the user would see. */
async function park(h: Harness, view: MarkdownView) {
	const result = await parkIdea(h.ctx, view.editor, view);
	await view.save();
	await h.settle();
	return result;
}

describe("fault: park an idea", () => {
	it("changed under it (the line edited while the note is made): note made, the edited text left in place", async () => {
		const h = await vault({ [SRC]: SRC_TEXT });
		const view = await editorOn(h, SRC);
		beforeNextWrite(h.app, inFolder, () => view.editor.setLine(1, "- [ ] buy a kettle and tea"));
		const d = await changesDuring(h.app, () => park(h, view));
		expectOnly(d, {
			foldersAdded: [FOLDER],
			added: { [NOTE]: (after) => expect(after).toBe(parked("Src")) },
			changed: { [SRC]: (_, after) => expect(after).toBe("# Today\n- [ ] buy a kettle and tea\n- next\n") },
		});
		expectTold(t("parking.notice.ideaKept", { title: "buy a kettle" }));
	});

	it("source deleted while the note is made: the idea is kept in the new note, nothing else written", async () => {
		const h = await vault({ [SRC]: SRC_TEXT });
		const view = await editorOn(h, SRC);
		beforeNextWrite(h.app, inFolder, () => h.app.vault.delete(h.file(SRC)));
		const d = await changesDuring(h.app, () => park(h, view));
		expectOnly(d, { foldersAdded: [FOLDER], added: { [NOTE]: (after) => expect(after).toBe(parked("Src")) }, removed: [SRC] });
		// The idea lives on in the new note; the link put in the closed source's editor is never saved.
		expectTold(t("parking.notice.ideaParked", { title: "buy a kettle" }));
	});

	it("source renamed while the note is made: the note's `from` link points at the renamed source", async () => {
		const h = await vault({ [SRC]: SRC_TEXT });
		const view = await editorOn(h, SRC);
		beforeNextWrite(h.app, inFolder, () => h.app.fileManager.renameFile(h.file(SRC), "Notes/Shopping.md"));
		const d = await changesDuring(h.app, () => park(h, view));
		expectOnly(d, {
			foldersAdded: [FOLDER],
			added: { [NOTE]: (after) => expect(props(after).from).toBe("[[Shopping]]"), "Notes/Shopping.md": (after) => expect(after).toBe("# Today\n- [ ] [[buy a kettle]]\n- next\n") },
			removed: [SRC],
		});
		expectTold(t("parking.notice.ideaParked", { title: "buy a kettle" }));
	});

	it("source with broken front matter: parks the idea, the broken YAML kept byte for byte", async () => {
		const text = `${BROKEN_YAML}- [ ] buy a kettle\n- next\n`;
		const h = await vault({ [SRC]: text });
		const view = await editorOn(h, SRC);
		view.editor.setCursor({ line: 4, ch: 8 });
		const d = await changesDuring(h.app, () => park(h, view));
		expectOnly(d, {
			foldersAdded: [FOLDER],
			added: { [NOTE]: (after) => expect(after).toBe(parked("Src")) },
			changed: { [SRC]: (_, after) => expect(after).toBe(`${BROKEN_YAML}- [ ] [[buy a kettle]]\n- next\n`) },
		});
		expectTold(t("parking.notice.ideaParked", { title: "buy a kettle" }));
	});

	it("create throws: no note, no folder left behind, the idea stays in the editor", async () => {
		const h = await vault({ [SRC]: SRC_TEXT });
		const view = await editorOn(h, SRC);
		const error = diskError(NOTE);
		failNext(h.app, inFolder, error, ["create"]);
		const d = await changesDuring(h.app, () => park(h, view));
		expectOnly(d);
		expect(view.editor.getValue()).toBe(SRC_TEXT);
		expectTold(t("parking.notice.ideaFailed", { error: error.message }));
	});

	it("create writes the file and then throws: the half-made note is removed, nothing else changes", async () => {
		const h = await vault({ [SRC]: SRC_TEXT });
		const view = await editorOn(h, SRC);
		const error = diskError(NOTE, "EIO", "i/o error");
		onNextWrite(
			h.app,
			inFolder,
			async (proceed) => {
				await proceed();
				throw error;
			},
			{ ops: ["create"] },
		);
		const d = await changesDuring(h.app, () => park(h, view));
		expectOnly(d);
		expect(view.editor.getValue()).toBe(SRC_TEXT);
		expectTold(t("parking.notice.ideaFailed", { error: error.message }));
	});

	it("two parks race (same title, two notes, not awaited): two notes with free names, both ideas linked", async () => {
		const other = "Notes/Other.md";
		const h = await vault({ [SRC]: SRC_TEXT, [other]: SRC_TEXT });
		const a = await editorOn(h, SRC);
		const b = await editorOn(h, other, true);
		const d = await changesDuring(h.app, async () => {
			await Promise.all([parkIdea(h.ctx, a.editor, a), parkIdea(h.ctx, b.editor, b)]);
			await Promise.all([a.save(), b.save()]);
			await h.settle();
		});
		const second = `${FOLDER}/buy a kettle 2.md`;
		expectOnly(d, {
			foldersAdded: [FOLDER],
			added: { [NOTE]: (after) => expect(after).toBe(parked("Src")), [second]: (after) => expect(after).toBe(parked("Other")) },
			changed: {
				[SRC]: (_, after) => expect(after).toBe("# Today\n- [ ] [[buy a kettle]]\n- next\n"),
				[other]: (_, after) => expect(after).toBe("# Today\n- [ ] [[buy a kettle 2]]\n- next\n"),
			},
		});
		expectToldInAnyOrder(t("parking.notice.ideaParked", { title: "buy a kettle" }), t("parking.notice.ideaParked", { title: "buy a kettle 2" }));
	});
});
