import { expect, it } from "vitest";
import { setup } from "./harness";

it("smoke", async () => {
	const h = await setup({ "Notes/Src.md": "- first idea\n- second\n" });
	const view = await h.open("Notes/Src.md");
	view.editor.setCursor({ line: 0, ch: 4 });
	expect(h.run("park-idea")).toBe(true);
	await h.settle();
	console.log(h.snapshot(), h.noticeTexts(), view.editor.getValue());
});
