/**
 * Faults around "Set as current challenge" (setCurrentChallenge): the new
 * note is written first, then the old current one is demoted; only
 * properties change, and the vault never ends with no current challenge.
 */
import { describe, expect, it } from "vitest";
import { enoent } from "../../fake/obsidian/errors";
import { setCurrentChallenge } from "../../../src/features/challenge/setCurrentChallenge";
import { t } from "../../../src/i18n/t";
import { body, challengeNote, props } from "../notes";
import { noticeTexts } from "../harness";
import { beforeNextWrite, diskError, failNext } from "./inject";
import { BROKEN_YAML, expectTold, useFaultClock, vault, withBrokenYaml } from "./setup";
import { changesDuring, expectOnly } from "./vaultSnapshot";

const A = "A.md";
const B = "B.md";
const C = "C.md";
const FILES = { [A]: challengeNote("current"), [B]: challengeNote("active"), [C]: challengeNote("active") };

useFaultClock();

/** The note's body is untouched and its properties are the old ones with `patch` applied. */
function propsBecame(patch: Record<string, unknown>) {
	return (before: string, after: string) => {
		expect(body(after)).toBe(body(before));
		expect(props(after)).toEqual({ ...props(before), ...patch });
	};
}

const demoted = (...titles: string[]) => titles.join(t("challenge.listSeparator"));

describe("fault: set as current challenge", () => {
	it("changed under it (properties and body edited elsewhere): both edits kept, old current demoted", async () => {
		const h = await vault(FILES);
		const edited = FILES[B].replace("status: active\n", "status: active\ndeadline: 2026-12-31\n").replace("## Action items\n", "## Action items\n- [ ] synced item\n");
		beforeNextWrite(h.app, B, () => h.app.vault.modify(h.file(B), edited));
		const d = await changesDuring(h.app, () => setCurrentChallenge(h.ctx, B));
		expectOnly(d, {
			changed: {
				[B]: (_, after) => {
					expect(body(after)).toBe(body(edited));
					expect(props(after)).toEqual({ tags: ["challenge"], status: "current", deadline: "2026-12-31" });
				},
				[A]: propsBecame({ status: "active" }),
			},
		});
		expectTold(t("challenge.notice.nowCurrentDemoted", { title: "B", others: demoted("A") }));
	});

	it("old current changed under the demotion (marked done by hand): stays done, and is not reported as demoted", async () => {
		const h = await vault(FILES);
		const done = FILES[A].replace("status: current", "status: done");
		beforeNextWrite(h.app, A, () => h.app.vault.modify(h.file(A), done));
		const d = await changesDuring(h.app, () => setCurrentChallenge(h.ctx, B));
		expectOnly(d, {
			changed: {
				[B]: propsBecame({ status: "current" }),
				[A]: (_, after) => {
					expect(body(after)).toBe(body(done));
					expect(props(after)).toEqual(props(done));
				},
			},
		});
		expectTold(t("challenge.notice.nowCurrent", { title: "B" }));
	});

	it("deleted before the command ran: nothing changes, the old current stays current", async () => {
		const h = await vault(FILES);
		const d = await changesDuring(h.app, async () => {
			await h.app.vault.delete(h.file(B));
			expect(await setCurrentChallenge(h.ctx, B)).toBe(false);
		});
		expectOnly(d, { removed: [B] });
		expectTold(t("notice.fileGone", { path: B }));
	});

	it("old current deleted while being demoted: the new one is current, the failure is reported", async () => {
		const h = await vault(FILES);
		beforeNextWrite(h.app, A, () => h.app.vault.delete(h.file(A)));
		const d = await changesDuring(h.app, () => setCurrentChallenge(h.ctx, B));
		await h.settle();
		expectOnly(d, { changed: { [B]: propsBecame({ status: "current" }) }, removed: [A] });
		expectTold(t("notice.writeFailed", { path: A, error: enoent("open", A).message }), t("challenge.notice.nowCurrent", { title: "B" }));
	});

	it("renamed while the write runs: the renamed note becomes current", async () => {
		const h = await vault(FILES);
		beforeNextWrite(h.app, B, () => h.app.fileManager.renameFile(h.file(B), "B2.md"));
		const d = await changesDuring(h.app, () => setCurrentChallenge(h.ctx, B));
		expectOnly(d, {
			removed: [B],
			added: {
				"B2.md": (after) => {
					expect(body(after)).toBe(body(FILES[B]));
					expect(props(after)).toEqual({ tags: ["challenge"], status: "current" });
				},
			},
			changed: { [A]: propsBecame({ status: "active" }) },
		});
		await h.settle();
		expect(h.ctx.index.current().chosen?.record.path).toBe("B2.md");
		expect(h.ctx.index.current().candidates).toHaveLength(1);
		// Named as the command saw it; the sidebar shows the new name.
		expectTold(t("challenge.notice.nowCurrentDemoted", { title: "B", others: demoted("A") }));
	});

	it("renamed before the command ran (index not caught up): nothing written, the old current stays", async () => {
		const h = await vault(FILES);
		const d = await changesDuring(h.app, async () => {
			await h.app.fileManager.renameFile(h.file(B), "B2.md");
			expect(await setCurrentChallenge(h.ctx, B)).toBe(false);
		});
		expectOnly(d, { removed: [B], added: { "B2.md": (after) => expect(after).toBe(FILES[B]) } });
		expectTold(t("notice.fileGone", { path: B }));
	});

	it("broken front matter: nothing changes, the user is told to fix the YAML", async () => {
		const broken = `${BROKEN_YAML}# B\n`;
		const h = await vault({ ...FILES, [B]: broken });
		const d = await changesDuring(h.app, () => setCurrentChallenge(h.ctx, B));
		expectOnly(d);
		expectTold(t("notice.brokenYaml", { path: B }));
		expect(h.ctx.index.current().chosen?.record.path).toBe(A);
	});

	it("old current's front matter broken under the demotion: new one current, the broken note left as it was", async () => {
		const h = await vault(FILES);
		const broken = withBrokenYaml(FILES[A]);
		beforeNextWrite(h.app, A, () => h.app.vault.modify(h.file(A), broken));
		const d = await changesDuring(h.app, () => setCurrentChallenge(h.ctx, B));
		expectOnly(d, { changed: { [B]: propsBecame({ status: "current" }), [A]: (_, after) => expect(after).toBe(broken) } });
		expectTold(t("notice.brokenYaml", { path: A }), t("challenge.notice.nowCurrent", { title: "B" }));
	});

	it("processFrontMatter throws (no create or rename on this path): nothing changes, the error is shown", async () => {
		const h = await vault(FILES);
		const error = diskError(B);
		failNext(h.app, B, error);
		const d = await changesDuring(h.app, () => setCurrentChallenge(h.ctx, B));
		expectOnly(d);
		expectTold(t("notice.writeFailed", { path: B, error: error.message }));
	});

	it("two set-current commands race (B then C, not awaited): C ends current, every other note active", async () => {
		const h = await vault(FILES);
		const d = await changesDuring(h.app, async () => {
			await Promise.all([setCurrentChallenge(h.ctx, B), setCurrentChallenge(h.ctx, C)]);
			await h.settle();
		});
		expectOnly(d, {
			changed: {
				[A]: propsBecame({ status: "active" }),
				[B]: propsBecame({ status: "active" }),
				[C]: propsBecame({ status: "current" }),
			},
		});
		expect(h.ctx.index.current().candidates.map((c) => c.record.path)).toEqual([C]);
		expect(noticeTexts()).toHaveLength(2);
		expect(noticeTexts()[1].startsWith(t("challenge.notice.nowCurrent", { title: "C" }))).toBe(true);
	});
});
