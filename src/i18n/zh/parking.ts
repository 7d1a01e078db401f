import type { parking as en } from "../en/parking";

/** 简体中文：parking. */
export const parking: Record<keyof typeof en, string> = {
};
