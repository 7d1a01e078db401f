import { pad2 } from "../../core/practice/days";

/** `m:ss` under an hour, `h:mm:ss` beyond: a stopwatch readout for the status bar and sidebar. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const ss = pad2(total % 60);
	return h > 0 ? `${h}:${pad2(m)}:${ss}` : `${m}:${ss}`;
}
