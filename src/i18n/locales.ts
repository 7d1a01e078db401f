import { challenge as enChallenge } from "./en/challenge";
import { common as enCommon } from "./en/common";
import { parking as enParking } from "./en/parking";
import { practice as enPractice } from "./en/practice";
import { challenge as zhChallenge } from "./zh/challenge";
import { common as zhCommon } from "./zh/common";
import { parking as zhParking } from "./zh/parking";
import { practice as zhPractice } from "./zh/practice";

/** Every English string, by key. English is the reference: each key must exist in every language. */
export const en = { ...enCommon, ...enChallenge, ...enParking, ...enPractice };

export type TranslationKey = keyof typeof en;

export const zh: Record<TranslationKey, string> = { ...zhCommon, ...zhChallenge, ...zhParking, ...zhPractice };

export const LOCALES = { en, zh } as const;

export type LocaleId = keyof typeof LOCALES;
