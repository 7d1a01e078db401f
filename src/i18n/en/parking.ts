/** English strings for the parking feature. Keys are shared with ../zh/parking.ts. */
export const parking = {
} as const;
