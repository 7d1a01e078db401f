/** English strings for the challenge feature. Keys are shared with ../zh/challenge.ts. */
export const challenge = {
} as const;
