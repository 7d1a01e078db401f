/**
 * Icons: `setIcon` replaces the element's content with an `svg.svg-icon` named after
 * the icon (the fake draws no paths; `data-icon` tells tests which icon it is).
 */
const custom = new Map<string, string>();

function createIcon(iconId: string): SVGSVGElement {
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	svg.setAttribute("viewBox", "0 0 24 24");
	return svg;
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	while (parent.firstChild) parent.removeChild(parent.firstChild);
	parent.appendChild(createIcon(iconId));
}

export function getIcon(iconId: string): SVGSVGElement | null {
	return createIcon(iconId);
}

export function addIcon(iconId: string, svgContent: string): void {
	custom.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
	custom.delete(iconId);
}

export function getIconIds(): string[] {
	return [...custom.keys()];
}
