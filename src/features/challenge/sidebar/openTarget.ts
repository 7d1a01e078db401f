/** Ctrl/Cmd-click (or Ctrl/Cmd-Enter) opens in a new tab, as everywhere in Obsidian. */
export function wantsNewTab(evt: MouseEvent | KeyboardEvent): boolean {
	return evt.ctrlKey || evt.metaKey;
}
