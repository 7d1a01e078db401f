export { actionItemsInScan, parseActionItems } from "./parseActionItems";
export { toggleLine } from "./toggleLine";
export type { ToggleOptions } from "./toggleLine";
export { applyToggle } from "./applyToggle";
export type { ToggleResult, ToggleTarget } from "./applyToggle";
export { appendActionItem } from "./appendActionItem";
