export const INTERNAL_PROPS: string[];
export const INTERNAL_PROPS_PATTERN: RegExp;
