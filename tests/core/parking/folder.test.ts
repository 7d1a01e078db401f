import { describe, expect, it } from "vitest";
import { isInFolder, unparkDestination } from "../../../src/core/parking/folder";

describe("isInFolder", () => {
	it("holds notes at any depth", () => {
		expect(isInFolder("Just in case/idea.md", "Just in case")).toBe(true);
		expect(isInFolder("Just in case/a/b/c.md", "Just in case")).toBe(true);
		expect(isInFolder("Archive/Just in case/x.md", "Archive/Just in case")).toBe(true);
	});

	it("does not hold a sibling whose name starts the same", () => {
		expect(isInFolder("Just in case 2/x.md", "Just in case")).toBe(false);
		expect(isInFolder("Just in cases.md", "Just in case")).toBe(false);
	});

	it("does not hold notes outside or the folder path itself", () => {
		expect(isInFolder("Notes/x.md", "Just in case")).toBe(false);
		expect(isInFolder("x.md", "Just in case")).toBe(false);
		expect(isInFolder("Just in case", "Just in case")).toBe(false);
		expect(isInFolder("Other/Just in case/x.md", "Just in case")).toBe(false);
	});

	it("never parks when the folder is empty (vault root)", () => {
		expect(isInFolder("x.md", "")).toBe(false);
		expect(isInFolder("a/x.md", "/")).toBe(false);
	});

	it("tolerates slashes around the folder and Unicode forms", () => {
		expect(isInFolder("Parked/x.md", "Parked/")).toBe(true);
		expect(isInFolder("Caf\u00e9/x.md", "Cafe\u0301")).toBe(true);
	});

	it("is case-sensitive, as vault paths are", () => {
		expect(isInFolder("just in case/x.md", "Just in case")).toBe(false);
	});
});

describe("unparkDestination", () => {
	const folders = new Set(["Learning", "Learning/Rust", "Just in case/sub"]);
	const exists = (p: string) => folders.has(p);

	it("returns the remembered folder when it still exists", () => {
		expect(unparkDestination("Learning/Rust", exists)).toBe("Learning/Rust");
		expect(unparkDestination("Learning/Rust/", exists)).toBe("Learning/Rust");
		expect(unparkDestination("Learning\\Rust", exists)).toBe("Learning/Rust");
	});

	it("falls back to the vault root when missing, gone or not a string", () => {
		for (const value of [undefined, null, 42, ["Learning"], {}, "", "/", "Gone/Away"]) {
			expect(unparkDestination(value, exists)).toBe("");
		}
	});

	it("falls back to the vault root for unsafe paths", () => {
		for (const value of ["../outside", "/Learning", "C:/Learning", "Learning/../..", ".obsidian/plugins"]) {
			expect(unparkDestination(value, () => true, { configDir: ".obsidian" })).toBe("");
		}
	});

	it("never sends a note back into the parking folder", () => {
		const options = { parkingFolder: "Just in case" };
		expect(unparkDestination("Just in case/sub", exists, options)).toBe("");
		expect(unparkDestination("Just in case", () => true, options)).toBe("");
		expect(unparkDestination("Learning", exists, options)).toBe("Learning");
	});
});
