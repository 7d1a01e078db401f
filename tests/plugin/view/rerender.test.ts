import { describe, expect, it } from "vitest";
import { setNow, useFixedClock } from "../clock";
import { partBody } from "../dom";
import { loadPlugin } from "../harness";

/**
 * The view reuses its model while the index and the day stay the same; a
 * re-render after either changed must show the change.
 */

useFixedClock("2026-11-27T10:00:00");

const VAULT = {
	"Challenges/Rust.md": "---\ntags: [challenge]\nstatus: current\n---\n## Action items\n- [ ] read\n\n## Practice log\n- 2026-11-27 · 20 min\n",
	"Just in case/Idea.md": "---\nparked: 2026-11-25\n---\nan idea\n",
};

const age = (body: HTMLElement) => body.querySelector(".jitl-park-age")?.textContent;
const today = (body: HTMLElement) => body.querySelector(".jitl-heat-cell.is-today")?.getAttribute("aria-label");

describe("re-rendering the sidebar", () => {
	it("on a new day shows the day's ages and heatmap, though no note changed", async () => {
		const h = await loadPlugin({ files: VAULT });
		const view = await h.openSidebar();
		expect(age(partBody(view, "justInCase"))).toBe("2 days ago");
		expect(today(partBody(view, "practice"))).toBe("Nov 27, 2026: 20 min");
		setNow("2026-11-28T09:00:00");
		view.render();
		expect(age(partBody(view, "justInCase"))).toBe("3 days ago");
		expect(today(partBody(view, "practice"))).toBe("Nov 28, 2026: 0 min");
	});

	it("after a note changed shows the change", async () => {
		const h = await loadPlugin({ files: VAULT });
		const view = await h.openSidebar();
		view.render();
		await h.app.vault.modify(h.file("Just in case/Idea.md"), "---\nparked: 2026-11-20\n---\nan idea\n");
		await h.settle();
		view.render();
		expect(age(partBody(view, "justInCase"))).toBe("7 days ago");
	});
});
