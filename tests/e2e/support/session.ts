/**
 * One browser per test file, one fresh page per test: the page rebuilds the
 * demo vault in memory on every load, so tests never see each other's edits.
 * Errors thrown in the page fail the test that caused them.
 */
import { afterAll, afterEach, expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./chromium";
import { serveStatic, type StaticServer } from "./server";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const PAGE_DIR = join(ROOT, "test-results", "e2e-page");
export const RESULTS_DIR = join(ROOT, "test-results");

export interface PageOptions {
	language?: "en" | "zh";
	theme?: "light" | "dark";
	width?: number;
	height?: number;
	/** Vault path of the note shown in the main area. */
	open?: string;
	/** "demo" (default): the demo vault's notes; "empty": no notes at all. */
	vault?: "demo" | "empty";
	/** Plugin data (data.json) kept from an earlier page, as after a restart. */
	keepData?: boolean;
}

let browser: Promise<Browser> | null = null;
let server: Promise<StaticServer> | null = null;
const pages: { page: Page; errors: string[] }[] = [];

/** The file's browser, launched on first use; every test that needs it fails if it cannot start. */
export function getBrowser(): Promise<Browser> {
	browser ??= launchChromium();
	return browser;
}

function getServer(): Promise<StaticServer> {
	server ??= serveStatic(PAGE_DIR);
	return server;
}

/** Opens the test page: the demo vault loaded, the plugin enabled, its sidebar open and rendered. */
export async function openApp(opts: PageOptions = {}): Promise<Page> {
	const [b, s] = await Promise.all([getBrowser(), getServer()]);
	const page = await b.newPage({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, deviceScaleFactor: 1 });
	const errors: string[] = [];
	page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
	page.on("console", (msg) => {
		if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
	});
	pages.push({ page, errors });
	await page.goto(appUrl(s.url, opts));
	await waitReady(page);
	return page;
}

export function appUrl(base: string, opts: PageOptions): string {
	const q = new URLSearchParams();
	q.set("lang", opts.language ?? "en");
	q.set("theme", opts.theme ?? "light");
	if (opts.open) q.set("open", opts.open);
	if (opts.vault) q.set("vault", opts.vault);
	if (opts.keepData) q.set("keepData", "1");
	return `${base}index.html?${q.toString()}`;
}

/** Reloads the page as an Obsidian restart: the vault starts over, plugin data is kept. */
export async function restart(page: Page): Promise<void> {
	const url = new URL(page.url());
	url.searchParams.set("keepData", "1");
	await page.goto(url.toString());
	await waitReady(page);
}

async function waitReady(page: Page): Promise<void> {
	await page.waitForFunction(() => window.jitl?.ready === true || window.jitlError !== undefined, null, { timeout: 20_000 });
	const failure = await page.evaluate(() => window.jitlError);
	if (failure) throw new Error(`the test page failed to start: ${failure}`);
}

/** Waits until the vault's background work settled and the sidebar re-rendered. */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(() => window.jitl.settle());
}

export function readNote(page: Page, path: string): Promise<string | null> {
	return page.evaluate((p) => window.jitl.readNote(p), path);
}

/** Waits until the note's text passes `check` (writes are queued and asynchronous). */
export async function waitForNote(page: Page, path: string, check: (text: string) => boolean, what: string): Promise<string> {
	const deadline = Date.now() + 10_000;
	let text: string | null = null;
	while (Date.now() < deadline) {
		text = await readNote(page, path);
		if (text !== null && check(text)) return text;
		await page.waitForTimeout(50);
	}
	throw new Error(`${path} never ${what}; it reads:\n${text ?? "(missing)"}`);
}

export function today(page: Page): Promise<string> {
	return page.evaluate(() => window.jitl.today());
}

afterEach(async () => {
	const open = pages.splice(0);
	const errors = open.flatMap((p) => p.errors);
	await Promise.all(open.map((p) => p.page.close().catch(() => undefined)));
	expect(errors, "errors in the page").toEqual([]);
});

afterAll(async () => {
	if (browser) await (await browser.catch(() => null))?.close();
	if (server) await (await server.catch(() => null))?.close();
	browser = null;
	server = null;
});
