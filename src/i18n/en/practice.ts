/** English strings for the practice feature. Keys are shared with ../zh/practice.ts. */
export const practice = {
} as const;
