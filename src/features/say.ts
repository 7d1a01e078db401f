import type { TranslationKey } from "../i18n/locales";
import { t, type Vars } from "../i18n/t";
import { notify } from "../obsidian/notify";

/** Tells the user something in their language: `notify(t(key, vars))`, the features' most common notice. */
export function say(key: TranslationKey, vars?: Vars, timeoutMs?: number): void {
	notify(t(key, vars), timeoutMs);
}
