/**
 * Faults around "Mark current challenge as done" (completeChallenge): two
 * properties change through processFrontMatter, or nothing does.
 */
import { describe, expect, it } from "vitest";
import { enoent } from "../../fake/obsidian/errors";
import { addActionItem } from "../../../src/features/challenge/addActionItem";
import { completeChallenge } from "../../../src/features/challenge/completeChallenge";
import { t } from "../../../src/i18n/t";
import { body, challengeNote, props } from "../notes";
import { beforeNextWrite, diskError, failNext } from "./inject";
import { TODAY, expectTold, expectToldInAnyOrder, useFaultClock, vault, withBrokenYaml } from "./setup";
import { changesDuring, expectOnly } from "./vaultSnapshot";

const P = "Rust.md";
const NOTE = challengeNote("current");
const DONE = { tags: ["challenge"], status: "done", completed: TODAY };

useFaultClock();

function becameDone(expectedBody: string, extra: Record<string, unknown> = {}) {
	return (after: string) => {
		expect(body(after)).toBe(expectedBody);
		expect(props(after)).toEqual({ ...DONE, ...extra });
	};
}

describe("fault: complete the current challenge", () => {
	it("changed under it: the other edit is kept, status and completed date set", async () => {
		const h = await vault({ [P]: NOTE });
		const edited = NOTE.replace("status: current\n", "status: current\ndeadline: 2026-12-01\n").replace("- [ ] write\n", "- [x] write\n");
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), edited));
		const d = await changesDuring(h.app, () => completeChallenge(h.ctx));
		expectOnly(d, { changed: { [P]: (_, after) => becameDone(body(edited), { deadline: "2026-12-01" })(after) } });
		expectTold(t("challenge.notice.completed", { title: "Rust" }));
	});

	it("deleted before the command ran: nothing written, the user is told", async () => {
		const h = await vault({ [P]: NOTE });
		const d = await changesDuring(h.app, async () => {
			await h.app.vault.delete(h.file(P));
			expect(await completeChallenge(h.ctx, P)).toBe(false);
		});
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.fileGone", { path: P }));
	});

	it("deleted while the write runs: nothing is recreated, the failure is reported", async () => {
		const h = await vault({ [P]: NOTE });
		beforeNextWrite(h.app, P, () => h.app.vault.delete(h.file(P)));
		const d = await changesDuring(h.app, () => completeChallenge(h.ctx));
		await h.settle();
		expectOnly(d, { removed: [P] });
		expectTold(t("notice.writeFailed", { path: P, error: enoent("open", P).message }));
	});

	it("renamed while the write runs: the renamed note is marked done", async () => {
		const h = await vault({ [P]: NOTE });
		beforeNextWrite(h.app, P, () => h.app.fileManager.renameFile(h.file(P), "Archive/Rust.md"));
		await h.app.vault.createFolder("Archive");
		const d = await changesDuring(h.app, () => completeChallenge(h.ctx));
		expectOnly(d, { removed: [P], added: { "Archive/Rust.md": becameDone(body(NOTE)) } });
		expectTold(t("challenge.notice.completed", { title: "Rust" }));
	});

	it("broken front matter meanwhile: nothing written over it, the user is told to fix the YAML", async () => {
		const h = await vault({ [P]: NOTE });
		const broken = withBrokenYaml(NOTE);
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), broken));
		const d = await changesDuring(h.app, () => completeChallenge(h.ctx));
		expectOnly(d, { changed: { [P]: (_, after) => expect(after).toBe(broken) } });
		expectTold(t("notice.brokenYaml", { path: P }));
	});

	it("processFrontMatter throws (no create or rename on this path): nothing changes, the error is shown", async () => {
		const h = await vault({ [P]: NOTE });
		const error = diskError(P, "EBUSY", "resource busy or locked");
		failNext(h.app, P, error);
		const d = await changesDuring(h.app, () => completeChallenge(h.ctx));
		expectOnly(d);
		expectTold(t("notice.writeFailed", { path: P, error: error.message }));
		expect(h.ctx.index.current().chosen?.record.path).toBe(P);
	});

	it("processFrontMatter throws a disk error on a note whose name reads like YAML words: shown as the disk error", async () => {
		const path = "Workflow mapping.md";
		const h = await vault({ [path]: NOTE });
		const error = diskError(path);
		failNext(h.app, path, error);
		const d = await changesDuring(h.app, () => completeChallenge(h.ctx));
		expectOnly(d);
		expectTold(t("notice.writeFailed", { path, error: error.message }));
	});

	it("races an add-action-item on the same note (not awaited): both land", async () => {
		const h = await vault({ [P]: NOTE });
		const d = await changesDuring(h.app, () => Promise.all([completeChallenge(h.ctx), addActionItem(h.ctx, P, "celebrate")]));
		expectOnly(d, { changed: { [P]: (_, after) => becameDone(body(NOTE).replace("- [ ] write\n", "- [ ] write\n- [ ] celebrate\n"))(after) } });
		expectToldInAnyOrder(t("challenge.notice.completed", { title: "Rust" }), t("challenge.notice.itemAdded", { title: "Rust" }));
	});
});
