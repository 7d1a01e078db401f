/**
 * Faults around "Bring back to just in time" (unparkNote): the parking
 * properties come out, then the note moves back to the folder it came from.
 * A failure after the edit puts the old bytes back.
 */
import { describe, expect, it } from "vitest";
import { enoent } from "../../fake/obsidian/errors";
import { unparkNote } from "../../../src/features/parking/unparkNote";
import { t } from "../../../src/i18n/t";
import { noticeTexts } from "../harness";
import { beforeNextWrite, changeThenFail, diskError, failNext } from "./inject";
import { BROKEN_YAML, expectTold, useFaultClock, vault } from "./setup";
import { changesDuring, expectOnly } from "./vaultSnapshot";

const FOLDER = "Just in case";
const P = `${FOLDER}/Rust.md`;
const HOME = "Learning/Rust.md";
const PLAIN = "---\ntags: [rust]   # keep\n---\n# Rust\n\nOwnership.\n";
const TEXT = PLAIN.replace("# keep\n", '# keep\nparked: 2026-11-20\nparked_from: "Learning"\n');
const FILES = { [P]: TEXT, "Learning/Other.md": "other\n" };
const BACK = t("parking.notice.unparked", { title: "Rust", folder: "Learning" });

useFaultClock();

async function unparkAndSettle(h: Awaited<ReturnType<typeof vault>>): Promise<string | null> {
	const dest = await unparkNote(h.ctx, h.file(P));
	await h.settle();
	return dest;
}

describe("fault: unpark a note", () => {
	it("changed under it: the other edit is kept, properties removed, the note moved back", async () => {
		const h = await vault(FILES);
		const edited = TEXT.replace("Ownership.", "Ownership and borrowing.");
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), edited));
		const d = await changesDuring(h.app, () => unparkAndSettle(h));
		expectOnly(d, { removed: [P], added: { [HOME]: (after) => expect(after).toBe(PLAIN.replace("Ownership.", "Ownership and borrowing.")) } });
		expectTold(BACK);
	});

	it("changed between the edit and a failing move: the other edit is kept, the parking properties too", async () => {
		const h = await vault(FILES);
		const error = diskError(HOME, "EPERM", "operation not permitted");
		changeThenFail(h.app, P, () => h.app.vault.process(h.file(P), (text) => text.replace("Ownership.", "Ownership and borrowing.")), error, ["renameFile"]);
		const d = await changesDuring(h.app, () => unparkAndSettle(h));
		expectOnly(d, { changed: { [P]: (before, after) => expect(after).toBe(before.replace("Ownership.", "Ownership and borrowing.")) } });
		expectTold(t("parking.notice.noteFailed", { path: P, error: error.message }));
	});

	it("deleted before the command ran: nothing written, the user is told", async () => {
		const h = await vault(FILES);
		const stale = h.file(P);
		const d = await changesDuring(h.app, async () => {
			await h.app.vault.delete(stale);
			expect(await unparkNote(h.ctx, stale)).toBeNull();
		});
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.fileGone", { path: P }));
	});

	it("deleted while the edit runs: nothing recreated, the failure is reported", async () => {
		const h = await vault(FILES);
		beforeNextWrite(h.app, P, () => h.app.vault.delete(h.file(P)));
		const d = await changesDuring(h.app, () => unparkAndSettle(h));
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.writeFailed", { path: P, error: enoent("open", P).message }));
	});

	it("renamed while the edit runs: the renamed note goes back home under its new name", async () => {
		const h = await vault(FILES);
		beforeNextWrite(h.app, P, () => h.app.fileManager.renameFile(h.file(P), `${FOLDER}/Rust lang.md`));
		const d = await changesDuring(h.app, () => unparkAndSettle(h));
		expectOnly(d, { removed: [P], added: { "Learning/Rust lang.md": (after) => expect(after).toBe(PLAIN) } });
		expectTold(t("parking.notice.unparked", { title: "Rust lang", folder: "Learning" }));
	});

	it("broken front matter: nothing written or moved, the user is told to fix the YAML", async () => {
		const h = await vault({ ...FILES, [P]: `${BROKEN_YAML}# Rust\n` });
		const d = await changesDuring(h.app, () => unparkAndSettle(h));
		expectOnly(d);
		expectTold(t("notice.brokenYaml", { path: P }));
	});

	it("rename throws: the parking properties are put back byte for byte, the note stays parked", async () => {
		const h = await vault(FILES);
		const error = diskError(HOME, "EBUSY", "resource busy or locked");
		failNext(h.app, P, error, ["renameFile"]);
		const d = await changesDuring(h.app, () => unparkAndSettle(h));
		expectOnly(d);
		expectTold(t("parking.notice.noteFailed", { path: P, error: error.message }));
		expect(h.ctx.index.isParked(P)).toBe(true);
	});

	it("two unparks race (a double click): the note goes back home once", async () => {
		const h = await vault(FILES);
		const f = h.file(P);
		const d = await changesDuring(h.app, async () => {
			await Promise.all([unparkNote(h.ctx, f), unparkNote(h.ctx, f)]);
			await h.settle();
		});
		expectOnly(d, { removed: [P], added: { [HOME]: (after) => expect(after).toBe(PLAIN) } });
		expect(noticeTexts()[0]).toBe(BACK);
		expect(noticeTexts()).not.toContain(t("parking.notice.unparkedRoot", { title: "Rust" }));
	});
});
