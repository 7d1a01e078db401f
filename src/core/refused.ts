/** A check's refusal: `ok: false` and the error code that says why (the UI words it). */
export function refused<E extends string>(error: E): { ok: false; error: E } {
	return { ok: false, error };
}
