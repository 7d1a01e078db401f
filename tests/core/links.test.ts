import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPathLookup, extractLinks, frontmatterLinks, linkResolver, mayResolveTo, resolveLinkpath } from "../../src/core/links";

describe("extractLinks", () => {
	it("reads wikilinks, aliases, headings, block refs and embeds", () => {
		const text = "See [[Rust book]], [[Ownership|owning]], [[Traits#Generics]], [[Lifetimes#^abc]] and ![[diagram.png]].";
		expect(extractLinks(text)).toEqual(["Rust book", "Ownership", "Traits", "Lifetimes", "diagram.png"]);
	});

	it("drops links to a heading of the same note", () => {
		expect(extractLinks("Jump to [[#Practice log]] or [](#top).")).toEqual([]);
	});

	it("reads an escaped table pipe as the alias separator", () => {
		expect(extractLinks("| [[Rust book\\|the book]] | x |")).toEqual(["Rust book"]);
	});

	it("reads Markdown links to local notes, URL-decoded, with or without angle brackets", () => {
		const text = [
			"[a](Learning/Rust%20book.md)",
			"[b](<Target Note.md>)",
			"[c](notes/plain.md#Section \"title\")",
			"![d](img/pic%201.png)",
		].join("\n");
		expect(extractLinks(text)).toEqual(["Learning/Rust book.md", "Target Note.md", "notes/plain.md", "img/pic 1.png"]);
	});

	it("skips external URLs of any scheme", () => {
		const text = "[w](https://example.com/a.md) [m](mailto:me@example.com) [o](obsidian://open?vault=x) [p](//cdn.example.com/x.md)";
		expect(extractLinks(text)).toEqual([]);
	});

	it("skips links in front matter, fenced code, indented code and inline code", () => {
		const text = [
			"---",
			"from: \"[[Front matter link]]\"",
			"---",
			"Real [[Kept]] but `[[In code]]` and ``x [[Double]] ` y`` are not.",
			"```",
			"[[Fenced]]",
			"```",
			"",
			"    [[Indented code]]",
			"",
			"%% [[Commented]] %%",
			"tail [[Also kept]] %%[[inline comment]]%%",
		].join("\n");
		expect(extractLinks(text)).toEqual(["Kept", "Also kept"]);
	});

	it("keeps a link after an unmatched backtick", () => {
		expect(extractLinks("a ` b [[Note]]")).toEqual(["Note"]);
	});

	it("returns each target once", () => {
		expect(extractLinks("[[A]] [[A|again]] [x](A)")).toEqual(["A"]);
	});

	it("keeps a malformed percent escape as written", () => {
		expect(extractLinks("[x](100%25%.md)")).toEqual(["100%25%.md"]);
	});
});

describe("resolveLinkpath", () => {
	const lookup = buildPathLookup([
		"Methods/Just-in-time learning.md",
		"Learning/Rust book.md",
		"Learning/Deep/Rust book.md",
		"Rust book.md",
		"Projects/Rust CLI/Plan.md",
		"Projects/Go/Plan.md",
		"Projects/Rust CLI/Notes/Idea.md",
		"Top.md",
	]);

	it("matches an exact vault path with or without .md, case-insensitively", () => {
		expect(resolveLinkpath("Learning/Rust book", "Top.md", lookup)).toBe("Learning/Rust book.md");
		expect(resolveLinkpath("learning/rust BOOK.md", "Top.md", lookup)).toBe("Learning/Rust book.md");
		expect(resolveLinkpath("/Methods/Just-in-time learning", "Top.md", lookup)).toBe("Methods/Just-in-time learning.md");
	});

	it("ignores a heading part", () => {
		expect(resolveLinkpath("Top#Heading", "Learning/Rust book.md", lookup)).toBe("Top.md");
	});

	it("prefers a basename match in the source's folder", () => {
		expect(resolveLinkpath("Plan", "Projects/Go/Other.md", lookup)).toBe("Projects/Go/Plan.md");
		expect(resolveLinkpath("Plan", "Projects/Rust CLI/Other.md", lookup)).toBe("Projects/Rust CLI/Plan.md");
	});

	it("otherwise prefers the shortest path", () => {
		expect(resolveLinkpath("rust book", "Projects/Go/Plan.md", lookup)).toBe("Rust book.md");
		expect(resolveLinkpath("Plan", "Top.md", lookup)).toBe("Projects/Go/Plan.md");
	});

	it("matches a partial path by its end", () => {
		expect(resolveLinkpath("Deep/Rust book", "Top.md", lookup)).toBe("Learning/Deep/Rust book.md");
		expect(resolveLinkpath("Rust CLI/Plan", "Top.md", lookup)).toBe("Projects/Rust CLI/Plan.md");
		expect(resolveLinkpath("eep/Rust book", "Top.md", lookup)).toBeNull();
	});

	it("resolves ./ and ../ from the source's folder", () => {
		expect(resolveLinkpath("./Plan.md", "Projects/Go/x.md", lookup)).toBe("Projects/Go/Plan.md");
		expect(resolveLinkpath("../Plan", "Projects/Rust CLI/Notes/Idea.md", lookup)).toBe("Projects/Rust CLI/Plan.md");
		expect(resolveLinkpath("../../Top", "Projects/Go/Plan.md", lookup)).toBe("Top.md");
		expect(resolveLinkpath("./Rust book", "Projects/Go/Plan.md", lookup)).toBeNull();
	});

	it("returns null above the vault root, for unknown notes and for empty links", () => {
		expect(resolveLinkpath("../Top", "Top.md", lookup)).toBeNull();
		expect(resolveLinkpath("Nowhere", "Top.md", lookup)).toBeNull();
		expect(resolveLinkpath("#Heading", "Top.md", lookup)).toBeNull();
	});
});

describe("frontmatterLinks", () => {
	it("reads wikilinks in string values, lists and nested maps", () => {
		const fm = {
			from: "[[Source note]]",
			challenge: "[[Ship a CLI|the CLI]]",
			related: ["[[A#Heading]]", "plain", 3, null],
			nested: { deeper: "see [[B]] and [[C]]" },
			url: "https://example.com/[x](y.md)",
		};
		expect(frontmatterLinks(fm)).toEqual(["A", "B", "C"]);
	});

	it("ignores the parking bookkeeping keys, so a parked idea does not come up just by naming its challenge", () => {
		expect(frontmatterLinks({ from: "[[Source]]", Challenge: "[[X]]", parked_from: "[[Folder]]", see: "[[X]]" })).toEqual(["X"]);
	});

	it("returns nothing for no front matter", () => {
		expect(frontmatterLinks(null)).toEqual([]);
	});
});

describe("linkResolver", () => {
	const paths = ["Plan.md", "Projects/Go/Plan.md", "Projects/Rust CLI/Plan.md", "Projects/Rust CLI/Notes/Idea.md", "Learning/Rust book.md", "Rust book.md", "Top.md"];
	const lookup = buildPathLookup(paths);
	const link = fc.constantFrom("Plan", "plan.md", "Plan#Steps", "Go/Plan", "../Plan", "./Plan", "/Top", "Rust book", "rust BOOK", "Idea", "Nowhere", "#h", " Plan ", "Projects\\Go\\Plan");

	it("answers as resolveLinkpath does, for any order of links and linking notes", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(link, fc.constantFrom(...paths, "Projects/Go/Other.md", "New/Note.md"))), (pairs) => {
				const resolve = linkResolver(lookup);
				for (const [target, source] of pairs) expect(resolve(target, source)).toBe(resolveLinkpath(target, source, lookup));
			}),
		);
	});

	it("still prefers the linking note's folder for a link text it has seen before", () => {
		const resolve = linkResolver(buildPathLookup(["Projects/Go/Plan.md", "Projects/Rust CLI/Plan.md", "Projects/A/Plan.md"]));
		expect(resolve("Plan", "Projects/Go/Other.md")).toBe("Projects/Go/Plan.md");
		expect(resolve("Plan", "Projects/Rust CLI/Other.md")).toBe("Projects/Rust CLI/Plan.md");
		expect(resolve("Plan", "Elsewhere/x.md")).toBe("Projects/A/Plan.md");
	});
});

describe("mayResolveTo", () => {
	const target = "Challenges/Learn Rust.md";

	it("says maybe for any spelling Obsidian resolves by name", () => {
		for (const link of ["Learn Rust", "learn rust", "Challenges/Learn Rust", "Learn Rust.md", "../Challenges/Learn Rust", "Other/Learn Rust", "Learn%20Rust.md", "Learn Rust "]) {
			expect(mayResolveTo(link, target), link).toBe(true);
		}
	});

	it("says no when the last segment names another note", () => {
		for (const link of ["Learn", "Learn Rust 2", "Learn Rust/x", "Rust", "Learn Rust.png", ""]) expect(mayResolveTo(link, target), link).toBe(false);
	});

	it("never says no to a link that resolves to the target", () => {
		const seg = fc.constantFrom("Learn Rust", "learn rust", "Notes", "A", "a", "Idée", "Ide\u0301e", "Plan");
		const path = fc.array(seg, { minLength: 1, maxLength: 3 }).map((parts) => `${parts.join("/")}.md`);
		fc.assert(
			fc.property(fc.uniqueArray(path, { minLength: 1, maxLength: 6 }), fc.array(seg, { minLength: 1, maxLength: 3 }), fc.boolean(), (paths, parts, ext) => {
				const lookup = buildPathLookup(paths);
				const link = parts.join("/") + (ext ? ".md" : "");
				const dest = resolveLinkpath(link, paths[0], lookup);
				if (dest !== null) expect(mayResolveTo(link, dest)).toBe(true);
			}),
			{ numRuns: 1000 },
		);
	});
});
