/**
 * Re-reading a 5,000-line challenge note after an edit: the metadata
 * `changed` event through the indexer (record, then action items and practice
 * log parsed from the body). Target: median under 5 ms.
 */
import { BENCH_TODAY, generateVault } from "../generateVault";
import { CONFIG, startIndexer } from "../index/buildIndex";
import { shipped } from "../index/shipped";
import { SyntheticApp } from "../index/syntheticApp";
import { log, median, sample } from "../lib/measure";
import { emit, limitRow } from "../lib/result";
import { longChallenge } from "../vault/longChallenge";

const LINES = 5000;
const vault = generateVault({ notes: 1000 });
const app = new SyntheticApp(vault);
const { indexer, index } = await startIndexer(app);
const text = longChallenge(LINES, BENCH_TODAY);
const current = app.file(vault.currentPath);
const cache = app.cache(current.path);
if (!cache) throw new Error("the current challenge has no cache");
app.put(current, text, cache);

// Parsing is lazy, so each sample also reads what the sidebar shows of the challenge.
let sink = 0;
const changed = () => {
	app.metadataCache.trigger("changed", current, text, cache);
	const c = index.challenge(current.path);
	sink += (c?.actionItems.length ?? 0) + (c?.practiceLog.entries.length ?? 0);
};
const samples = await sample(changed, { warmup: 10, runs: 51 });
const info = index.challenge(current.path);
const record = index.get(current.path);
if (!info || !record) throw new Error("the challenge was not indexed");
const deriveOnly = await sample(() => {
	const c = shipped.deriveChallenge(record, CONFIG);
	sink += c.actionItems.length + c.practiceLog.entries.length;
}, { warmup: 5, runs: 31 });
indexer.unload();

const details = {
	lines: text.split("\n").length - 1,
	actionItems: info.actionItems.length,
	logEntries: info.practiceLog.entries.length,
	unreadableLogLines: info.practiceLog.unreadable.length,
	deriveChallengeMs: median(deriveOnly),
	sink,
};
log(`re-read ${LINES} lines: ${median(samples).toFixed(3)} ms ${JSON.stringify(details)}`);
emit([limitRow({ id: "challenge-reread", scenario: "Re-read a 5,000-line challenge note", measured: median(samples), unit: "ms", limit: 5, details })]);
