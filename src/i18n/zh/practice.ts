import type { practice as en } from "../en/practice";

/** 简体中文：practice. */
export const practice: Record<keyof typeof en, string> = {
};
