/**
 * Launches Debian's Chromium through playwright-core (which downloads no
 * browser). A missing browser is an error, never a skip: the suite must not
 * pass without having run.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_ARGS = [
	"--headless=new",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-first-run",
	"--disable-dev-shm-usage",
];

export function chromiumPath(): string {
	return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export async function launchChromium(): Promise<Browser> {
	const executablePath = chromiumPath();
	if (!existsSync(executablePath)) {
		throw new Error(
			`Chromium not found at ${executablePath}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
		);
	}
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
