import type { SidebarPart } from "../SidebarPart";
import { challengePart } from "./challengePart";
import { justInCasePart } from "./justInCasePart";
import { practicePart } from "./practicePart";
import { topicsPart } from "./topicsPart";

/** The sidebar's parts, in the order the contract fixes. */
export const SIDEBAR_PARTS: SidebarPart[] = [challengePart, topicsPart, justInCasePart, practicePart];
