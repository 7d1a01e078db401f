/**
 * Faults around "Log practice" (the log form, then writePracticeEntry): a
 * line appended under the log heading, then the two practice properties.
 * When the line cannot be written the user gets it to copy, so no minutes
 * are lost.
 */
import { describe, expect, it } from "vitest";
import { enoent } from "../../fake/obsidian/errors";
import { t } from "../../../src/i18n/t";
import { noticeTexts } from "../harness";
import { beforeNextWrite, diskError, failNext } from "./inject";
import { EARLIER, NOTE, P, logged, openLogForm } from "./practice";
import { expectTold, template, useFaultClock, vault, withBrokenYaml } from "./setup";
import { changesDuring, expectOnly } from "./vaultSnapshot";

const LINE = "- 2026-11-27 · 30 min";
const LOGGED = t("practice.notice.logged", { minutes: 30, title: "Rust" });
const NOT_LOGGED = t("practice.notice.notLogged", { path: P, line: LINE });

useFaultClock();

describe("fault: log practice", () => {
	it("changed under it (another entry synced in): both entries kept, properties count both", async () => {
		const h = await vault({ [P]: NOTE });
		const synced = "- 2026-11-27 · 15 min\n";
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), NOTE.replace(EARLIER, `${EARLIER}${synced}`)));
		const d = await changesDuring(h.app, () => openLogForm(h).submit("30"));
		expectOnly(d, { changed: { [P]: logged([synced.trim(), LINE], 65) } });
		expectTold(LOGGED);
	});

	it("deleted while the form was open: nothing written, the line is shown to copy", async () => {
		const h = await vault({ [P]: NOTE });
		const d = await changesDuring(h.app, async () => {
			const form = openLogForm(h);
			await h.app.vault.delete(h.file(P));
			await form.submit("30");
		});
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.fileGone", { path: P }), NOT_LOGGED);
	});

	it("deleted while the write runs: nothing recreated, the line is shown to copy", async () => {
		const h = await vault({ [P]: NOTE });
		beforeNextWrite(h.app, P, () => h.app.vault.delete(h.file(P)));
		const d = await changesDuring(h.app, () => openLogForm(h).submit("30"));
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.writeFailed", { path: P, error: enoent("open", P).message }), NOT_LOGGED);
	});

	it("renamed while the form was open: nothing written, the line is shown to copy", async () => {
		const h = await vault({ [P]: NOTE });
		const d = await changesDuring(h.app, async () => {
			const form = openLogForm(h);
			await h.app.fileManager.renameFile(h.file(P), "Rust lang.md");
			await form.submit("30");
		});
		expectOnly(d, { removed: [P], added: { "Rust lang.md": (after) => expect(after).toBe(NOTE) } });
		expectTold(t("notice.fileGone", { path: P }), NOT_LOGGED);
	});

	it("renamed while the write runs: the line lands in the renamed note; the properties are reported as not updated", async () => {
		const h = await vault({ [P]: NOTE });
		beforeNextWrite(h.app, P, () => h.app.fileManager.renameFile(h.file(P), "Rust lang.md"));
		const d = await changesDuring(h.app, () => openLogForm(h).submit("30"));
		expectOnly(d, { removed: [P], added: { "Rust lang.md": (after) => expect(after).toBe(NOTE.replace(EARLIER, `${EARLIER}${LINE}\n`)) } });
		expectTold(t("practice.notice.propsFailed", { minutes: 30, title: "Rust", error: t("notice.fileGone", { path: P }) }));
	});

	it("front matter broken while the form was open: the line is logged, the broken YAML kept byte for byte, the user told why the properties were not set", async () => {
		const h = await vault({ [P]: NOTE });
		const broken = withBrokenYaml(NOTE);
		const d = await changesDuring(h.app, async () => {
			const form = openLogForm(h);
			await h.app.vault.modify(h.file(P), broken);
			await form.submit("30");
		});
		expectOnly(d, { changed: { [P]: (_, after) => expect(after).toBe(broken.replace(EARLIER, `${EARLIER}${LINE}\n`)) } });
		expect(noticeTexts()).toHaveLength(1);
		expect(noticeTexts()[0]).toMatch(template("practice.notice.propsFailed", { minutes: 30, title: "Rust" }));
	});

	it("process throws (no create or rename on this path): nothing written, the line is shown to copy", async () => {
		const h = await vault({ [P]: NOTE });
		const error = diskError(P, "ENOSPC", "no space left on device");
		failNext(h.app, P, error, ["process"]);
		const d = await changesDuring(h.app, () => openLogForm(h).submit("30"));
		expectOnly(d);
		expectTold(t("notice.writeFailed", { path: P, error: error.message }), NOT_LOGGED);
		expect(h.notices[1].duration).toBe(0);
	});

	it("processFrontMatter throws after the line was written: the line stays, the user is told about the properties", async () => {
		const h = await vault({ [P]: NOTE });
		const error = diskError(P, "EBUSY", "resource busy or locked");
		failNext(h.app, P, error, ["processFrontMatter"]);
		const d = await changesDuring(h.app, () => openLogForm(h).submit("30"));
		expectOnly(d, { changed: { [P]: (before, after) => expect(after).toBe(before.replace(EARLIER, `${EARLIER}${LINE}\n`)) } });
		expectTold(t("practice.notice.propsFailed", { minutes: 30, title: "Rust", error: error.message }));
	});

	it("two logs race (submitted back to back, not awaited): both lines land, properties count both", async () => {
		const h = await vault({ [P]: NOTE });
		const d = await changesDuring(h.app, async () => {
			const first = openLogForm(h);
			const second = openLogForm(h);
			await Promise.all([first.submit("30"), second.submit("10")]);
		});
		expectOnly(d, { changed: { [P]: logged([LINE, "- 2026-11-27 · 10 min"], 60) } });
		expectTold(LOGGED, t("practice.notice.logged", { minutes: 10, title: "Rust" }));
	});
});
