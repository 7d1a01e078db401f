import type { NewEntry } from "../../core/practice";
import type { LocalDay } from "../../core/types";

/** What the form starts with; a stopped session that ran too long pre-fills it. */
export interface LogDraft {
	day: LocalDay;
	minutes?: number;
	/** Kept on the entry while the day stays as drafted (a session's start time). */
	time?: string;
	/** Shown above the fields to say why the form opened. */
	note?: string;
}

/** What LogPracticeModal needs: the challenge, the latest day it accepts, and where the entry goes. */
export interface LogModalOptions {
	title: string;
	today: LocalDay;
	draft?: LogDraft;
	onSubmit(entry: NewEntry): void;
	onCancel?(): void;
}
