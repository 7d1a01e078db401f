import { describe, expect, it } from "vitest";
import { openModals } from "../../fake/obsidian/index";
import { useFixedClock } from "../clock";
import { buttonNamed, lastModal, press, type } from "../dom";
import { loadPlugin } from "../harness";
import { challenge, logLines } from "./session";

const RUST = "Rust.md";

useFixedClock("2026-11-27T18:00:00");

async function openForm() {
	const h = await loadPlugin({ files: { [RUST]: challenge() } });
	expect(h.runCommand("log-practice")).toBe(true);
	const el = lastModal().contentEl;
	const [minutes, comment, day] = [...el.querySelectorAll("input")];
	const submit = buttonNamed(el, "Log");
	const errors = () => [...el.querySelectorAll<HTMLElement>(".jitl-practice-error")].filter((e) => !e.classList.contains("jitl-hidden")).map((e) => e.textContent);
	return { h, el, minutes, comment, day, submit, errors };
}

describe("the log practice form", () => {
	it("starts on today, with no error shown but Log disabled until minutes are typed", async () => {
		const { minutes, day, submit, errors } = await openForm();
		expect(lastModal().titleEl.textContent).toBe("Log practice in “Rust”");
		expect(day.type).toBe("date");
		expect(day.value).toBe("2026-11-27");
		expect(day.max).toBe("2026-11-27");
		expect(minutes.getAttribute("inputmode")).toBe("numeric");
		expect(submit.disabled).toBe(true);
		expect(errors()).toEqual([]);
	});

	it.each([
		["", "Enter the minutes you practised."],
		["abc", "Enter a whole number, such as 30."],
		["1.5", "Enter whole minutes, without decimals."],
		["0", "Enter at least 1 minute."],
		["-5", "Enter at least 1 minute."],
		["1441", "Enter at most 1440 minutes (one day)."],
	])("refuses %j as it is typed: %s", async (value, message) => {
		const { minutes, submit, errors } = await openForm();
		type(minutes, "12");
		expect(submit.disabled).toBe(false);
		type(minutes, value);
		expect(errors()).toEqual([message]);
		expect(minutes.getAttribute("aria-invalid")).toBe("true");
		expect(submit.disabled).toBe(true);
	});

	it.each([["1"], ["1440"], [" 45 "], ["３０"]])("accepts %j", async (value) => {
		const { minutes, submit, errors } = await openForm();
		type(minutes, value);
		expect(errors()).toEqual([]);
		expect(minutes.getAttribute("aria-invalid")).toBe("false");
		expect(submit.disabled).toBe(false);
	});

	it("logs minutes and comment on today, without a time, when Log is clicked", async () => {
		const { h, minutes, comment, submit } = await openForm();
		type(minutes, "25");
		comment.value = "  chapter 4 · ownership  ";
		submit.click();
		await h.settle();
		expect(openModals).toHaveLength(0);
		expect(logLines(h.read(RUST))).toEqual(["- 2026-11-27 · 25 min · chapter 4 · ownership"]);
	});

	it("submits on Enter and allows an earlier day", async () => {
		const { h, minutes, day } = await openForm();
		type(minutes, "40");
		day.value = "2026-11-20";
		day.dispatchEvent(new Event("change"));
		press(minutes, "Enter");
		await h.settle();
		expect(logLines(h.read(RUST))).toEqual(["- 2026-11-20 · 40 min"]);
	});

	it("refuses a future day and an empty day, and Enter does nothing then", async () => {
		const { h, minutes, day, submit, errors } = await openForm();
		type(minutes, "40");
		for (const value of ["2026-11-28", ""]) {
			day.value = value;
			day.dispatchEvent(new Event("input"));
			expect(errors()).toEqual(["Pick a day: today or an earlier one."]);
			expect(submit.disabled).toBe(true);
		}
		press(minutes, "Enter");
		await h.settle();
		expect(openModals).toHaveLength(1);
		expect(logLines(h.read(RUST))).toEqual([]);
	});

	it("ignores Enter while an input method is composing", async () => {
		const { h, minutes } = await openForm();
		type(minutes, "40");
		press(minutes, "Enter", { isComposing: true });
		await h.settle();
		expect(openModals).toHaveLength(1);
	});

	it("Cancel writes nothing", async () => {
		const { h, minutes } = await openForm();
		const before = h.read(RUST);
		type(minutes, "40");
		buttonNamed(lastModal().contentEl, "Cancel").click();
		await h.settle();
		expect(h.read(RUST)).toBe(before);
	});

	it("writes to the challenge that was current when the form opened", async () => {
		const { h, minutes, submit } = await openForm();
		await h.app.vault.create("Go.md", challenge());
		await h.app.vault.process(h.app.vault.getFileByPath(RUST)!, (t) => t.replace("status: current", "status: active"));
		await h.settle();
		expect(h.ctx.index.current().chosen?.record.path).toBe("Go.md");
		type(minutes, "10");
		submit.click();
		await h.settle();
		expect(logLines(h.read(RUST))).toEqual(["- 2026-11-27 · 10 min"]);
		expect(logLines(h.read("Go.md"))).toEqual([]);
	});
});
