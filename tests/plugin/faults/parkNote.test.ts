/**
 * Faults around "Park this note" (parkNote): two lines of properties added,
 * then a move into the just-in-case folder. A failure after the edit puts the
 * old bytes back and removes the folder it made: never a note half parked.
 */
import { describe, expect, it } from "vitest";
import { enoent } from "../../fake/obsidian/errors";
import { parkNote } from "../../../src/features/parking/parkNote";
import { t } from "../../../src/i18n/t";
import { noticeTexts } from "../harness";
import { beforeNextWrite, changeThenFail, diskError, failNext } from "./inject";
import { BROKEN_YAML, TODAY, expectTold, expectToldInAnyOrder, useFaultClock, vault } from "./setup";
import { changesDuring, expectOnly } from "./vaultSnapshot";

const P = "Learning/Rust.md";
const TEXT = "---\ntags: [rust]   # keep\n---\n# Rust\n\nOwnership.\n";
const FOLDER = "Just in case";
const PARKED = `${FOLDER}/Rust.md`;
const INDEX = "Index.md";
const FILES = { [P]: TEXT, [INDEX]: "See [[Rust]].\n" };
/** The note as parking writes it: the two properties last in its front matter. */
const withProps = (text: string, from = "Learning") => text.replace(/\n---\n/, `\nparked: ${TODAY}\nparked_from: "${from}"\n---\n`);

useFaultClock();

async function parkAndSettle(h: Awaited<ReturnType<typeof vault>>, path = P): Promise<string | null> {
	const dest = await parkNote(h.ctx, h.file(path));
	await h.settle();
	return dest;
}

describe("fault: park a note", () => {
	it("changed under it: the other edit is kept, properties added, the note moved", async () => {
		const h = await vault(FILES);
		const edited = TEXT.replace("Ownership.", "Ownership and borrowing.");
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), edited));
		const d = await changesDuring(h.app, () => parkAndSettle(h));
		expectOnly(d, { foldersAdded: [FOLDER], removed: [P], added: { [PARKED]: (after) => expect(after).toBe(withProps(edited)) } });
		expectTold(t("parking.notice.noteParked", { title: "Rust", folder: FOLDER }));
	});

	it("changed between the edit and a failing move: the other edit is kept, the parking properties are not", async () => {
		const h = await vault(FILES);
		const error = diskError(PARKED, "EPERM", "operation not permitted");
		changeThenFail(h.app, P, () => h.app.vault.process(h.file(P), (text) => text.replace("Ownership.", "Ownership and borrowing.")), error, ["renameFile"]);
		const d = await changesDuring(h.app, () => parkAndSettle(h));
		expectOnly(d, { changed: { [P]: (before, after) => expect(after).toBe(before.replace("Ownership.", "Ownership and borrowing.")) } });
		expectTold(t("parking.notice.noteFailed", { path: P, error: error.message }));
	});

	it("deleted before the command ran: nothing written, no folder left behind", async () => {
		const h = await vault(FILES);
		const stale = h.file(P);
		const d = await changesDuring(h.app, async () => {
			await h.app.vault.delete(stale);
			expect(await parkNote(h.ctx, stale)).toBeNull();
			await h.settle();
		});
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.fileGone", { path: P }));
	});

	it("deleted while the edit runs: nothing recreated, no folder left behind, the failure is reported", async () => {
		const h = await vault(FILES);
		beforeNextWrite(h.app, P, () => h.app.vault.delete(h.file(P)));
		const d = await changesDuring(h.app, () => parkAndSettle(h));
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.writeFailed", { path: P, error: enoent("open", P).message }));
	});

	it("renamed while the edit runs: the renamed note is parked under its new name", async () => {
		const h = await vault(FILES);
		beforeNextWrite(h.app, P, () => h.app.fileManager.renameFile(h.file(P), "Learning/Rust lang.md"));
		const d = await changesDuring(h.app, () => parkAndSettle(h));
		expectOnly(d, {
			foldersAdded: [FOLDER],
			removed: [P],
			added: { [`${FOLDER}/Rust lang.md`]: (after) => expect(after).toBe(withProps(TEXT)) },
			// Obsidian rewrote the link for the rename; it still reaches the note.
			changed: { [INDEX]: (_, after) => expect(after).toBe("See [[Rust lang]].\n") },
		});
		expectTold(t("parking.notice.noteParked", { title: "Rust lang", folder: FOLDER }));
	});

	it("broken front matter: nothing written or moved, the user is told to fix the YAML", async () => {
		const h = await vault({ ...FILES, [P]: `${BROKEN_YAML}# Rust\n` });
		const d = await changesDuring(h.app, () => parkAndSettle(h));
		expectOnly(d);
		expectTold(t("notice.brokenYaml", { path: P }));
	});

	it("rename throws: the properties are taken out again byte for byte, the new folder removed", async () => {
		const h = await vault(FILES);
		const error = diskError(PARKED, "EBUSY", "resource busy or locked");
		failNext(h.app, P, error, ["renameFile"]);
		const d = await changesDuring(h.app, () => parkAndSettle(h));
		expectOnly(d);
		expectTold(t("parking.notice.noteFailed", { path: P, error: error.message }));
	});

	it("creating the folder throws: nothing written, the error is shown", async () => {
		const h = await vault(FILES);
		const error = diskError(FOLDER);
		failNext(h.app, FOLDER, error, ["createFolder"]);
		const d = await changesDuring(h.app, () => parkAndSettle(h));
		expectOnly(d);
		expectTold(t("parking.notice.noteFailed", { path: P, error: error.message }));
	});

	it("two parks of the same note race (a double click): parked once, under its own name", async () => {
		const h = await vault(FILES);
		const f = h.file(P);
		const d = await changesDuring(h.app, async () => {
			await Promise.all([parkNote(h.ctx, f), parkNote(h.ctx, f)]);
			await h.settle();
		});
		expectOnly(d, { foldersAdded: [FOLDER], removed: [P], added: { [PARKED]: (after) => expect(after).toBe(withProps(TEXT)) } });
		expect(noticeTexts()[0]).toBe(t("parking.notice.noteParked", { title: "Rust", folder: FOLDER }));
		expect(noticeTexts().filter((n) => n === noticeTexts()[0])).toHaveLength(1);
	});

	it("two notes of the same name parked at once: both moved, the second to a free name", async () => {
		const other = "Work/Rust.md";
		const h = await vault({ [P]: TEXT, [other]: "# Rust at work\n" });
		const d = await changesDuring(h.app, async () => {
			await Promise.all([parkNote(h.ctx, h.file(P)), parkNote(h.ctx, h.file(other))]);
			await h.settle();
		});
		expectOnly(d, {
			foldersAdded: [FOLDER],
			removed: [P, other],
			added: {
				[PARKED]: (after) => expect(after).toBe(withProps(TEXT)),
				[`${FOLDER}/Rust 2.md`]: (after) => expect(after).toBe(`---\nparked: ${TODAY}\nparked_from: "Work"\n---\n# Rust at work\n`),
			},
		});
		const moved = t("parking.notice.noteParked", { title: "Rust", folder: FOLDER });
		expectToldInAnyOrder(moved, t("parking.notice.noteParked", { title: "Rust 2", folder: FOLDER }));
	});
});
