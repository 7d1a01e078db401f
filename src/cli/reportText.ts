import type { ActionItemJson, ChallengeJson, CurrentJson, ParkedJson, ReportJson } from "./reportJson";

/**
 * The report as plain text for a terminal, rendered from the same JSON shape
 * as `--json` so the two never tell different stories. Sections follow the
 * order a user checks them in: the challenge, practice, topics, parked ideas.
 */
export function formatReportText(r: ReportJson): string {
	const out: string[] = [`Just-in-Time Learning report: ${r.vault} (today ${r.today})`, ""];
	out.push(...currentSection(r), "");
	out.push(...topicsSection(r), "");
	out.push(...justInCaseSection(r), "");
	out.push(...challengesSection(r));
	if (r.broken.length > 0) {
		out.push("", `Files skipped because their front matter could not be read (${r.broken.length}):`);
		for (const b of r.broken) out.push(`  ${b.path}: ${b.error}`);
	}
	for (const w of r.warnings) out.push("", `Warning: ${w}`);
	return `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}

export function deadlineText(c: Pick<ChallengeJson, "deadline" | "daysLeft">): string {
	if (c.deadline === null || c.daysLeft === null) return "no deadline";
	const d = c.daysLeft;
	if (d === 0) return `deadline ${c.deadline}, due today`;
	if (d > 0) return `deadline ${c.deadline}, ${plural(d, "day")} left`;
	return `deadline ${c.deadline}, ${plural(-d, "day")} overdue`;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function currentSection(r: ReportJson): string[] {
	const c = r.current;
	if (!c) {
		return ["Current challenge: none", "  Tag a note as a challenge and set `status: current` in its front matter."];
	}
	const out = [`Current challenge: ${c.title}`, `  ${c.path}`, `  ${capitalize(deadlineText(c))}`];
	if (r.alsoMarkedCurrent.length > 0) {
		out.push(`  Also marked current (the most recently modified note wins): ${r.alsoMarkedCurrent.map((o) => o.title).join(", ")}`);
	}
	out.push("", ...actionItemsSection(c), "", ...practiceSection(c));
	return out;
}

function actionItemsSection(c: CurrentJson): string[] {
	const { done, total, cancelled } = c.progress;
	const head = `Action items: ${done} of ${total} done${cancelled > 0 ? `, ${cancelled} cancelled` : ""}`;
	if (c.actionItems.length === 0) return [head, "  (no tasks in the note)"];
	return [head, ...c.actionItems.map(itemLine)];
}

function itemLine(i: ActionItemJson): string {
	const box = i.status === "done" ? "[x]" : i.status === "cancelled" ? "[-]" : `[${i.statusChar === " " ? " " : i.statusChar}]`;
	const date = i.doneDate ? ` (done ${i.doneDate})` : "";
	return `  ${"  ".repeat(i.depth)}${box} ${i.text}${date}${i.inCallout ? " (in a callout)" : ""}`;
}

function practiceSection(c: CurrentJson): string[] {
	const p = c.practice;
	const today = p.goalMet
		? `Today: ${p.todayMinutes} of ${p.goalMinutes} min, goal reached`
		: `Today: ${p.todayMinutes} of ${p.goalMinutes} min, ${p.goalMinutes - p.todayMinutes} to go`;
	const out = [
		"Practice",
		`  ${today}`,
		`  Streak: ${plural(p.streak, "day")} (best ${p.bestStreak})`,
		`  This week: ${p.weekMinutes} min`,
		`  In total: ${p.totalMinutes} min${p.lastPracticed ? `, last on ${p.lastPracticed}` : ""}`,
	];
	if (p.unreadableLines.length > 0) {
		out.push(`  Log lines that could not be read (${p.unreadableLines.length}):`);
		for (const u of p.unreadableLines) out.push(`    line ${u.line}: ${u.text.trim()}`);
	}
	return out;
}

function topicsSection(r: ReportJson): string[] {
	if (r.topics.length === 0) return ["Just-in-time topics: none (no notes carry a topic tag)"];
	const out = ["Just-in-time topics"];
	for (const g of r.topics) {
		out.push(`  #${g.tag}`);
		for (const n of g.notes) out.push(`    ${n.title}  (${n.path})`);
	}
	return out;
}

function justInCaseSection(r: ReportJson): string[] {
	const j = r.justInCase;
	if (j.total === 0) return ["Just in case: nothing parked"];
	const out = [`Just in case: ${plural(j.total, "parked note")}, ${j.cameUp.length} came up`];
	if (j.cameUp.length > 0) {
		out.push("  Came up for the current challenge:");
		for (const p of j.cameUp) out.push(`    ${p.title}: ${reasonText(p)}; ${parkedText(p)}`);
	}
	if (j.rest.length > 0) {
		out.push(j.cameUp.length > 0 ? "  Still parked:" : "  Parked:");
		for (const p of j.rest) out.push(`    ${p.title}: ${parkedText(p)}`);
	}
	return out;
}

function reasonText(p: ParkedJson): string {
	switch (p.cameUp?.reason) {
		case "tag":
			return `shares the tag #${p.cameUp.tag}`;
		case "links-to":
			return "links to the challenge";
		case "linked-from":
			return "linked from the challenge";
		default:
			return "";
	}
}

function parkedText(p: ParkedJson): string {
	const age = p.ageDays === 0 ? "today" : `${plural(p.ageDays, "day")} ago`;
	return p.parked ? `parked ${p.parked} (${age})` : `parked ${age}`;
}

function challengesSection(r: ReportJson): string[] {
	const out = ["Other challenges"];
	if (r.otherChallenges.length === 0 && r.doneChallenges.length === 0) out.push("  (none)");
	for (const c of r.otherChallenges) out.push(`  ${c.title}: ${c.status}, ${deadlineText(c)}`);
	for (const c of r.doneChallenges) out.push(`  ${c.title}: done${c.completed ? ` on ${c.completed}` : ""}`);
	return out;
}

function capitalize(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
