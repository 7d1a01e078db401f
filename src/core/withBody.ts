import type { NoteRecord } from "./types";

/**
 * A copy of a record with its text. Unlike a spread, the copy keeps the
 * record's class: an adapter may read some fields lazily through getters on
 * its prototype (links resolved on first read), which a spread would drop.
 */
export function withBody(record: NoteRecord, body: string): NoteRecord {
	return Object.assign(Object.create(Object.getPrototypeOf(record) as object) as NoteRecord, record, { body });
}
