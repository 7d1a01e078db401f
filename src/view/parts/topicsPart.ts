import type { NoteRef, SidebarModel } from "../../core/model/types";
import { noteGroup, noteRow } from "../../features/parking/view/noteRow";
import { formatNumber, t } from "../../i18n/t";
import type { PartContext } from "../PartContext";
import type { SidebarPart } from "../SidebarPart";
import { emptyState } from "../dom";

/**
 * Just-in-time topics: what the user is learning now. Learning notes grouped
 * by topic tag, then the other active challenges; most recently modified
 * first in each group (the model sorts them).
 */
export const topicsPart: SidebarPart = {
	id: "topics",
	title: "view.part.topics",
	icon: "lightbulb",
	render(body, model, v) {
		const { topics, otherChallenges } = model;
		if (topics.length === 0 && otherChallenges.length === 0) {
			renderEmpty(body, v);
			return null;
		}
		for (const group of topics) {
			renderGroup(body, v, `topic:${group.tag}`, `#${group.tag}`, group.notes);
		}
		if (otherChallenges.length > 0) renderGroup(body, v, "other", t("parking.topics.other"), otherChallenges);
		return formatNumber(distinctNotes(model));
	},
};

function renderGroup(body: HTMLElement, v: PartContext, key: string, title: string, notes: NoteRef[]): void {
	noteGroup(body, v, "jitl-topic-group", title, `topics:${key}`, notes, (list, note) =>
		noteRow(list, v, { path: note.path, title: note.title, label: t("parking.topics.open", { title: note.title }) }),
	);
}

function renderEmpty(body: HTMLElement, v: PartContext): void {
	const tag = v.ctx.settings.topicTags[0];
	emptyState(body, t("parking.topics.empty"), tag ? t("parking.topics.emptyHint", { tag }) : t("parking.topics.noTopicTags"));
}

/** A note with two topic tags shows in two groups but counts once. */
function distinctNotes(model: SidebarModel): number {
	const paths = new Set<string>();
	for (const g of model.topics) for (const n of g.notes) paths.add(n.path);
	for (const c of model.otherChallenges) paths.add(c.path);
	return paths.size;
}
