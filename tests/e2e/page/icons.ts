/**
 * The fake's setIcon draws empty `svg.svg-icon` elements (tests need no
 * pictures); screenshots do. This fills in Obsidian's Lucide icons (ISC
 * licence) for the ids the plugin uses, whenever such an svg appears.
 */
const PATHS: Record<string, string> = {
	"chevron-down": '<path d="m6 9 6 6 6-6"/>',
	"chevron-right": '<path d="m9 18 6-6-6-6"/>',
	target: '<circle cx="12" cy="12" r="10"/><circle cx="12" cy="12" r="6"/><circle cx="12" cy="12" r="2"/>',
	lightbulb:
		'<path d="M15 14c.2-1 .7-1.7 1.5-2.5 1-.9 1.5-2.2 1.5-3.5A6 6 0 0 0 6 8c0 1 .2 2.2 1.5 3.5.7.7 1.3 1.5 1.5 2.5"/><path d="M9 18h6"/><path d="M10 22h4"/>',
	archive: '<rect width="20" height="5" x="2" y="3" rx="1"/><path d="M4 8v11a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8"/><path d="M10 12h4"/>',
	"archive-restore":
		'<rect width="20" height="5" x="2" y="3" rx="1"/><path d="M4 8v11a2 2 0 0 0 2 2h2"/><path d="M20 8v11a2 2 0 0 1-2 2h-2"/><path d="m9 15 3-3 3 3"/><path d="M12 12v9"/>',
	timer: '<line x1="10" x2="14" y1="2" y2="2"/><line x1="12" x2="15" y1="14" y2="11"/><circle cx="12" cy="14" r="8"/>',
	"list-plus": '<path d="M11 12H3"/><path d="M16 6H3"/><path d="M16 18H3"/><path d="M18 9v6"/><path d="M21 12h-6"/>',
	"check-circle": '<path d="M22 11.08V12a10 10 0 1 1-5.93-9.14"/><path d="m9 11 3 3L22 4"/>',
	"graduation-cap": '<path d="M22 10v6M2 10l10-5 10 5-10 5z"/><path d="M6 12v5c3 3 9 3 12 0v-5"/>',
	"file-text": '<path d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z"/><path d="M14 2v4a2 2 0 0 0 2 2h4"/><path d="M10 9H8"/><path d="M16 13H8"/><path d="M16 17H8"/>',
};

const SVG = "http://www.w3.org/2000/svg";

function draw(svg: Element): void {
	const id = svg.getAttribute("data-icon");
	if (!id || svg.childElementCount > 0) return;
	const markup = PATHS[id] ?? '<circle cx="12" cy="12" r="9"/>';
	const parsed = new DOMParser().parseFromString(`<svg xmlns="${SVG}">${markup}</svg>`, "image/svg+xml");
	for (const child of [...parsed.documentElement.children]) svg.appendChild(document.importNode(child, true));
}

/** Draws every icon now and whenever one is added later. */
export function drawIcons(root: HTMLElement): void {
	root.querySelectorAll("svg.svg-icon").forEach(draw);
	new MutationObserver((records) => {
		for (const r of records) {
			for (const node of r.addedNodes) {
				if (!node.instanceOf(Element)) continue;
				if (node.matches("svg.svg-icon")) draw(node);
				node.querySelectorAll("svg.svg-icon").forEach(draw);
			}
		}
	}).observe(root, { childList: true, subtree: true });
}
