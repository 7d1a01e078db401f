/**
 * API the fake deliberately does not provide: network requests fail loudly so a test
 * cannot reach the internet by accident. `setTooltip` only records the text.
 */
export async function requestUrl(request: unknown): Promise<never> {
	void request;
	throw new Error("requestUrl is not available in the fake Obsidian (tests must not use the network)");
}

export async function request(request: unknown): Promise<never> {
	return requestUrl(request);
}

export function setTooltip(el: HTMLElement, tooltip: string, options?: unknown): void {
	void options;
	el.setAttribute("aria-label", tooltip);
}
