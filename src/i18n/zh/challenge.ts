import type { challenge as en } from "../en/challenge";

/** 简体中文：challenge. */
export const challenge: Record<keyof typeof en, string> = {
};
