/**
 * Shared set-up of the fault cases: the real plugin on the fake vault (shared
 * harness), a fixed clock, a settle that also waits out writes chained after
 * an await, and readers for what a case asserts on (notices, properties).
 */
import { parseYaml, TFile } from "obsidian";
import { afterEach, beforeEach, expect, vi } from "vitest";
import { flush, notices } from "../../fake/obsidian/index";
import type { JitlSettings } from "../../../src/core/settings";
import { t } from "../../../src/i18n/t";
import { type Harness, loadPlugin } from "../harness";

export const TODAY = "2026-11-27";
/** 10:00 local time on TODAY. */
export const NOW = new Date(2026, 10, 27, 10, 0).getTime();

/** Fixes Date (only: the fake's background work runs on real timers) and undoes the spies after each case. */
export function useFaultClock(): void {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(NOW);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});
}

export async function vault(files: Record<string, string>, settings?: Partial<JitlSettings>): Promise<Harness> {
	const h = await loadPlugin({ files, settings });
	await settleAll(h);
	return h;
}

/** Waits until queued writes, writes they chain, and the metadata cache have all settled. */
export async function settleAll(h: Harness): Promise<void> {
	for (let i = 0; i < 5; i++) {
		await flush();
		await h.ctx.writes.idle();
	}
}

export function file(h: Harness, path: string): TFile {
	const f = h.app.vault.getAbstractFileByPath(path);
	if (!(f instanceof TFile)) throw new Error(`no file ${path}`);
	return f;
}

export function noticeTexts(): string[] {
	return notices.map((n) => n.text);
}

/** The user was told exactly these things, in this order. */
export function expectTold(...texts: string[]): void {
	expect(noticeTexts()).toEqual(texts);
}

/** The user was told exactly these things, in any order (actions that raced). */
export function expectToldInAnyOrder(...texts: string[]): void {
	expect([...noticeTexts()].sort()).toEqual([...texts].sort());
}

/** A message as `t(key, vars)` words it, with `{error}` matching any text (an error from a library). */
export function template(key: Parameters<typeof t>[0], vars: Record<string, string | number>): RegExp {
	const hole = "\u0000";
	const escaped = t(key, { ...vars, error: hole }).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	return new RegExp(`^${escaped.replace(hole, "[\\s\\S]+")}$`, "u");
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** The note after its front matter block. */
export function body(text: string): string {
	const m = FRONTMATTER.exec(text);
	return m ? text.slice(m[0].length) : text;
}

/** The note's properties, parsed ({} without a block). */
export function props(text: string): Record<string, unknown> {
	const m = FRONTMATTER.exec(text);
	if (!m) return {};
	return (parseYaml(m[1]) ?? {}) as Record<string, unknown>;
}

/** A challenge note: tag, status, then `rest` (the body). */
export function challengeNote(status: string, rest = "# Challenge\n\n## Action items\n- [ ] read\n- [ ] write\n"): string {
	return `---\ntags: [challenge]\nstatus: ${status}\n---\n${rest}`;
}

/** Front matter that does not parse: an unclosed flow sequence. */
export const BROKEN_YAML = "---\ntags: [challenge\nstatus: current\n---\n";
