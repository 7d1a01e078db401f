/**
 * Faults around "Stop practice session" (stopSession): the running session
 * (kept in data.json) becomes one log line on the challenge it was started
 * on, the properties follow, and the session is cleared. When the line cannot
 * be written the user gets it to copy.
 */
import { describe, expect, it } from "vitest";
import { enoent } from "../../fake/obsidian/errors";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { stopSession } from "../../../src/features/practice/stopSession";
import { t } from "../../../src/i18n/t";
import { DATA_PATH, type Harness, noticeTexts } from "../harness";
import { beforeNextWrite, diskError, failNext } from "./inject";
import { EARLIER, NOTE, P, logged, openLogForm } from "./practice";
import { NOW, expectTold, expectToldInAnyOrder, template, useFaultClock, vault, withBrokenYaml } from "./setup";
import { changesDuring, expectOnly } from "./vaultSnapshot";

const LINE = "- 2026-11-27 09:30 · 30 min";
const LOGGED = t("practice.notice.logged", { minutes: 30, title: "Rust" });
const NOT_LOGGED = t("practice.notice.notLogged", { path: P, line: LINE });

useFaultClock();

/** A vault whose challenge has had a session running for 30 minutes. */
function running(files: Record<string, string> = { [P]: NOTE }): Promise<Harness> {
	return vault(files, { runningSession: { challengePath: P, startedAt: NOW - 30 * 60_000 } });
}

async function stop(h: Harness): Promise<void> {
	await stopSession(h.ctx);
	await h.settle();
}

/** data.json changed: the session is cleared, every setting kept (the defaults, here). */
function sessionCleared(h: Harness) {
	return {
		[DATA_PATH(h.app)]: (before: string, after: string) => {
			expect(JSON.parse(before)).toMatchObject({ runningSession: { challengePath: P } });
			expect(JSON.parse(after)).toEqual({ ...DEFAULT_SETTINGS, runningSession: null });
		},
	};
}

describe("fault: stop a practice session", () => {
	it("changed under it (another entry synced in): both entries kept, properties count both", async () => {
		const h = await running();
		const synced = "- 2026-11-27 · 15 min\n";
		beforeNextWrite(h.app, P, () => h.app.vault.modify(h.file(P), NOTE.replace(EARLIER, `${EARLIER}${synced}`)));
		const d = await changesDuring(h.app, () => stop(h));
		expectOnly(d, { changed: { [P]: logged([synced.trim(), LINE], 65), ...sessionCleared(h) } });
		expectTold(LOGGED);
	});

	it("deleted while the session ran: nothing recreated, the line is shown to copy", async () => {
		const h = await running();
		const d = await changesDuring(h.app, async () => {
			await h.app.vault.delete(h.file(P));
			await stop(h);
		});
		expectOnly(d, { removed: [P], changed: sessionCleared(h) });
		expectTold(t("notice.fileGone", { path: P }), NOT_LOGGED);
		expect(h.notices[1].duration).toBe(0);
	});

	it("deleted while the write runs: nothing recreated, the line is shown to copy", async () => {
		const h = await running();
		beforeNextWrite(h.app, P, () => h.app.vault.delete(h.file(P)));
		const d = await changesDuring(h.app, () => stop(h));
		expectOnly(d, { removed: [P], changed: sessionCleared(h) });
		expectTold(t("notice.writeFailed", { path: P, error: enoent("open", P).message }), NOT_LOGGED);
	});

	it("renamed while the session ran: the session followed, the line lands in the renamed note", async () => {
		const h = await running();
		const d = await changesDuring(h.app, async () => {
			await h.app.vault.createFolder("Challenges");
			await h.app.fileManager.renameFile(h.file(P), "Challenges/Rust lang.md");
			await h.settle();
			await stop(h);
		});
		expectOnly(d, {
			removed: [P],
			foldersAdded: ["Challenges"],
			added: { "Challenges/Rust lang.md": (after) => logged([LINE], 50)(NOTE, after) },
			changed: sessionCleared(h),
		});
		expectTold(t("practice.notice.logged", { minutes: 30, title: "Rust lang" }));
	});

	it("renamed while the write runs: the line lands in the renamed note; the properties are reported as not updated", async () => {
		const h = await running();
		beforeNextWrite(h.app, P, () => h.app.fileManager.renameFile(h.file(P), "Rust lang.md"));
		const d = await changesDuring(h.app, () => stop(h));
		expectOnly(d, {
			removed: [P],
			added: { "Rust lang.md": (after) => expect(after).toBe(NOTE.replace(EARLIER, `${EARLIER}${LINE}\n`)) },
			changed: sessionCleared(h),
		});
		expectTold(t("practice.notice.propsFailed", { minutes: 30, title: "Rust", error: t("notice.fileGone", { path: P }) }));
	});

	it("front matter broken while the session ran: the line is logged, the broken YAML kept, the user told about the properties", async () => {
		const h = await running();
		const broken = withBrokenYaml(NOTE);
		const d = await changesDuring(h.app, async () => {
			await h.app.vault.modify(h.file(P), broken);
			await stop(h);
		});
		expectOnly(d, { changed: { [P]: (_, after) => expect(after).toBe(broken.replace(EARLIER, `${EARLIER}${LINE}\n`)), ...sessionCleared(h) } });
		expect(noticeTexts()).toHaveLength(1);
		expect(noticeTexts()[0]).toMatch(template("practice.notice.propsFailed", { minutes: 30, title: "Rust" }));
	});

	it("process throws (no create or rename on this path): nothing written, the line is shown to copy", async () => {
		const h = await running();
		const error = diskError(P);
		failNext(h.app, P, error, ["process"]);
		const d = await changesDuring(h.app, () => stop(h));
		expectOnly(d, { changed: sessionCleared(h) });
		expectTold(t("notice.writeFailed", { path: P, error: error.message }), NOT_LOGGED);
	});

	it("two stops race (a double click on the status bar): logged once", async () => {
		const h = await running();
		const d = await changesDuring(h.app, async () => {
			await Promise.all([stopSession(h.ctx), stopSession(h.ctx)]);
			await h.settle();
		});
		expectOnly(d, { changed: { [P]: logged([LINE], 50), ...sessionCleared(h) } });
		expectTold(LOGGED);
	});

	it("a stop races a log from the form (not awaited): both lines land, properties count both", async () => {
		const h = await running();
		const form = openLogForm(h);
		const d = await changesDuring(h.app, async () => {
			await Promise.all([stopSession(h.ctx), form.submit("10")]);
			await h.settle();
		});
		const lines = [LINE, "- 2026-11-27 · 10 min"];
		expectOnly(d, {
			changed: {
				[P]: (before, after) => {
					const added = after.split("\n").filter((l) => lines.includes(l));
					expect(added.sort()).toEqual([...lines].sort());
					logged(added, 60)(before, after);
				},
				...sessionCleared(h),
			},
		});
		expectToldInAnyOrder(LOGGED, t("practice.notice.logged", { minutes: 10, title: "Rust" }));
	});
});
