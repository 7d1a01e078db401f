import { flush } from "../../fake/obsidian/index";
import { describe, expect, it } from "vitest";
import { JitlSettingTab } from "../../../src/settings/JitlSettingTab";
import { DATA_PATH, loadPlugin } from "../harness";

async function openTab(language: "en" | "zh" = "en") {
	const h = await loadPlugin({ files: { "a.md": "x" }, language });
	const tab = h.app.settingTabs.find((t) => t instanceof JitlSettingTab)!;
	tab.display();
	const input = (label: string) => {
		const el = tab.containerEl.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
		if (!el) throw new Error(`no input ${label}`);
		return el;
	};
	const type = async (label: string, value: string) => {
		const el = input(label);
		el.value = value;
		el.dispatchEvent(new Event("input"));
		await flush();
		return el.closest(".setting-item")!.querySelector(".jitl-setting-error")!;
	};
	return { h, tab, input, type };
}

describe("settings tab", () => {
	it("shows every contract setting with its current value", async () => {
		const { tab, input } = await openTab();
		const names = [...tab.containerEl.querySelectorAll(".setting-item-name")].map((e) => e.textContent);
		expect(names).toEqual(
			expect.arrayContaining([
				"Challenge tag",
				"Topic tags",
				"Status property",
				"Just-in-case folder",
				"Practice log heading",
				"Daily goal",
				"Add done date",
				"After parking an idea",
			]),
		);
		expect(input("Topic tags").value).toBe("方法论");
		expect(input("Just-in-case folder").value).toBe("Just in case");
	});

	it("saves a valid folder, normalised, to data.json", async () => {
		const { h, type } = await openTab();
		const error = await type("Just-in-case folder", "Parked\\ideas/");
		expect(error.classList.contains("jitl-hidden")).toBe(true);
		expect(h.ctx.settings.justInCaseFolder).toBe("Parked/ideas");
		const saved = JSON.parse(await h.app.vault.adapter.read(DATA_PATH(h.app))) as { justInCaseFolder: string };
		expect(saved.justInCaseFolder).toBe("Parked/ideas");
	});

	it.each([
		["../outside", "Folder names “.” and “..” are not allowed."],
		["/etc", "Use a path inside the vault, not an absolute path."],
		["C:/Users", "Use a path inside the vault, without a drive letter."],
		[".obsidian/plugins", "The configuration folder cannot be used."],
		["", "This cannot be empty."],
	])("refuses the folder %j with a message and keeps the last good value", async (value, message) => {
		const { h, type } = await openTab();
		const error = await type("Just-in-case folder", value);
		expect(error.textContent).toBe(message);
		expect(error.classList.contains("jitl-hidden")).toBe(false);
		expect(h.ctx.settings.justInCaseFolder).toBe("Just in case");
	});

	it("validates the goal as a whole number of minutes from 1 to 1440", async () => {
		const { h, type } = await openTab();
		expect((await type("Daily goal", "0")).textContent).toBe("Enter a number from 1 to 1440.");
		expect((await type("Daily goal", "abc")).textContent).toBe("Enter a whole number of minutes.");
		expect((await type("Daily goal", "45")).classList.contains("jitl-hidden")).toBe(true);
		expect(h.ctx.settings.dailyGoalMinutes).toBe(45);
	});

	it("validates headings and tags", async () => {
		const { h, type } = await openTab();
		expect((await type("Practice log heading", "## Log")).textContent).toBe("Write the heading text without #.");
		expect((await type("Challenge tag", "2024")).textContent).toBe("A tag needs at least one letter.");
		expect((await type("Status property", "a:b")).textContent).toBe("A property name cannot contain a colon.");
		await type("Topic tags", "#方法论, learning/books");
		expect(h.ctx.settings.topicTags).toEqual(["方法论", "learning/books"]);
	});

	it("is in Chinese when Obsidian is", async () => {
		const { tab } = await openTab("zh");
		expect(tab.containerEl.textContent).toContain("挑战标签");
		expect(tab.containerEl.textContent).toContain("备用文件夹");
	});
});
