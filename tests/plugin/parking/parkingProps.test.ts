import { describe, expect, it } from "vitest";
import { addParkingProps, frontmatterText, removeParkingProps } from "../../../src/features/parking/parkingProps";

describe("parking properties as text", () => {
	it("adds a front matter block to a note without one, and removing it gives the note back", () => {
		const body = "# Rust\n\nSome *notes*.\n";
		const parked = addParkingProps(body, "2026-11-27", "Learning/Rust");
		expect(parked).toBe('---\nparked: 2026-11-27\nparked_from: "Learning/Rust"\n---\n# Rust\n\nSome *notes*.\n');
		expect(removeParkingProps(parked)).toBe(body);
	});

	it("records the vault root as an empty string", () => {
		expect(addParkingProps("x", "2026-11-27", "")).toBe('---\nparked: 2026-11-27\nparked_from: ""\n---\nx');
	});

	it("appends to existing front matter without touching its other bytes", () => {
		const note = "---\ntags: [a, b]   # keep me\nalias: 'Odd'\n---\nbody";
		const parked = addParkingProps(note, "2026-01-02", "A");
		expect(parked).toBe("---\ntags: [a, b]   # keep me\nalias: 'Odd'\nparked: 2026-01-02\nparked_from: \"A\"\n---\nbody");
		expect(removeParkingProps(parked)).toBe(note);
	});

	it("keeps CRLF line endings", () => {
		const note = "---\r\ntitle: x\r\n---\r\nbody\r\n";
		const parked = addParkingProps(note, "2026-01-02", "A");
		expect(parked).toBe('---\r\ntitle: x\r\nparked: 2026-01-02\r\nparked_from: "A"\r\n---\r\nbody\r\n');
		expect(removeParkingProps(parked)).toBe(note);
		expect(addParkingProps("body\r\n", "2026-01-02", "")).toBe('---\r\nparked: 2026-01-02\r\nparked_from: ""\r\n---\r\nbody\r\n');
	});

	it("replaces stale parking keys (any case, with block values) instead of doubling them", () => {
		const note = "---\nParked: 2020-01-01\nparked_from:\n  - old\n  - older\nkeep: 1\n---\n";
		expect(addParkingProps(note, "2026-01-02", "B")).toBe('---\nkeep: 1\nparked: 2026-01-02\nparked_from: "B"\n---\n');
	});

	it("quotes folder names YAML would misread", () => {
		const parked = addParkingProps("", "2026-01-02", 'a "b": c');
		expect(parked).toContain('parked_from: "a \\"b\\": c"');
	});

	it("keeps a front matter block that holds other properties after unparking", () => {
		const note = "---\nparked: 2026-01-02\nparked_from: \"\"\nfrom: \"[[Src]]\"\n---\nidea";
		expect(removeParkingProps(note)).toBe('---\nfrom: "[[Src]]"\n---\nidea');
	});

	it("leaves a note without parking keys alone, even an empty block", () => {
		expect(removeParkingProps("---\n---\nbody")).toBe("---\n---\nbody");
		expect(removeParkingProps("no front matter")).toBe("no front matter");
		expect(removeParkingProps("---\nparked_fromage: 1\n---\n")).toBe("---\nparked_fromage: 1\n---\n");
	});

	it("reads the front matter text between the fences", () => {
		expect(frontmatterText("---\na: 1\nb: 2\n---\nx")).toBe("a: 1\nb: 2");
		expect(frontmatterText("a: 1")).toBeNull();
	});
});
