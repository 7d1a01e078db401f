// Property names esbuild may shorten in main.js (its `mangleProps` option).
// Only names of the plugin's own data are listed: fields and methods of the
// sidebar model, the parsed notes and the index, which never leave the bundle. Never
// list a name that something outside main.js reads or writes: a setting in
// data.json, a front matter key, anything of Obsidian's API or the DOM, or a
// member of a class that extends an Obsidian class (Obsidian's own members
// could clash with a shortened name). tests/build/internalProps.test.ts checks
// these rules; tests/build/bundleVsSource.test.ts runs the built main.js next
// to the source on the demo vault.
export const INTERNAL_PROPS = [
	"topicGroups",
	"hasBody",
	"currentModel",
	"matchesAny",
	"hasBody",
	"currentPaths",
	"allChallenges",
	"blankBefore",
	"cameUp",
	"challenges",
	"contentCol",
	"currentCandidates",
	"daysLeft",
	"doneChallenges",
	"frontmatterBroken",
	"frontmatterEnd",
	"headingLine",
	"inQuote",
	"isChallengeTags",
	"isParkedPath",
	"lastPracticed",
	"learningNotes",
	"otherChallenges",
	"parkedNotes",
	"quoteDepth",
	"sourceChanged",
	"statusChar",
	"textWithoutDoneDate",
	"todayMinutes",
	"totalMinutes",
	"unreadable",
	"weekMinutes",
];

/** The `mangleProps` pattern: exactly the listed names. */
export const INTERNAL_PROPS_PATTERN = new RegExp(`^(?:${INTERNAL_PROPS.join("|")})$`);
