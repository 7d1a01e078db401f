/**
 * Element creation for the fake's own UI, without relying on the prototype helpers
 * being installed (so importing the fake never depends on setup order).
 */
import { createElIn, type DomElementInfo } from "./domCreate";

export function make<K extends keyof HTMLElementTagNameMap>(tag: K, o?: DomElementInfo | string, parent?: Node): HTMLElementTagNameMap[K] {
	const info = typeof o === "string" ? { cls: o } : (o ?? {});
	return createElIn(document, tag, { ...info, parent: parent ?? info.parent });
}

export function setContent(el: HTMLElement, content: string | DocumentFragment): void {
	while (el.firstChild) el.removeChild(el.firstChild);
	if (typeof content === "string") el.textContent = content;
	else el.appendChild(content);
}
