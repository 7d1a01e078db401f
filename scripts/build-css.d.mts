export const CSS_ORDER: string[];
export function renderCss(): string;
export function buildCss(): string;
