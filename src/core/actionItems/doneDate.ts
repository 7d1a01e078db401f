import type { LocalDay } from "../types";

/**
 * The Tasks plugin's done date, ` ✅ YYYY-MM-DD`, at the end of a task line.
 * A trailing block id (`^abc`) stays last: a block reference only works when
 * the id ends the line, so the date goes in front of it, as Tasks does.
 */
const TAIL = /(?:[ \t]+\^[A-Za-z0-9-]+)?[ \t]*$/;
const DONE_DATE = /[ \t]*\u2705\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}$/u;

function splitTail(s: string): { body: string; tail: string } {
	const at = TAIL.exec(s)?.index ?? s.length;
	return { body: s.slice(0, at), tail: s.slice(at) };
}

/** Every done date holds ✅; most task lines have none, and then no regex needs to run. */
function mayHaveDoneDate(s: string): boolean {
	return s.includes("\u2705");
}

export function hasDoneDate(s: string): boolean {
	return mayHaveDoneDate(s) && DONE_DATE.test(splitTail(s).body);
}

/** `s` without its done date (unchanged when it has none). */
export function removeDoneDate(s: string): string {
	if (!mayHaveDoneDate(s)) return s;
	const { body, tail } = splitTail(s);
	const m = DONE_DATE.exec(body);
	return m ? body.slice(0, m.index) + tail : s;
}

/** `s` with ` ✅ day` added before any block id and trailing whitespace. */
export function addDoneDate(s: string, day: LocalDay): string {
	const { body, tail } = splitTail(s);
	return `${body} \u2705 ${day}${tail}`;
}
