/**
 * Shared set-up of the fault cases: the real plugin on the fake vault (shared
 * harness, settled), a fixed clock, what the user was told, and a note whose
 * front matter does not parse.
 */
import { expect } from "vitest";
import type { JitlSettings } from "../../../src/core/settings";
import { t } from "../../../src/i18n/t";
import { useFixedClock } from "../clock";
import { type Harness, loadPlugin, noticeTexts } from "../harness";

export const TODAY = "2026-11-27";
/** 10:00 local time on TODAY. */
export const NOW = new Date(2026, 10, 27, 10, 0).getTime();

/** Fixes Date at NOW for every case of the file (only Date: the fake's background work runs on real timers). */
export function useFaultClock(): void {
	useFixedClock(NOW);
}

/** The plugin loaded on these notes (and data.json settings), with every start-up write settled. */
export function vault(files: Record<string, string>, settings?: Partial<JitlSettings>): Promise<Harness> {
	return loadPlugin({ files, settings });
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

/** Front matter that does not parse: an unclosed flow sequence. */
export const BROKEN_YAML = "---\ntags: [challenge\nstatus: current\n---\n";

/** The note with its front matter block swapped for BROKEN_YAML, the body untouched. */
export function withBrokenYaml(text: string): string {
	return text.replace(/^---\n[\s\S]*?\n---\n/, BROKEN_YAML);
}
