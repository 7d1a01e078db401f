export { normalizeTag } from "./normalizeTag";
export { frontmatterTags } from "./frontmatterTags";
export { inlineTags, inlineTagOccurrences } from "./inlineTags";
export type { TagOccurrence } from "./inlineTags";
export { noteTags } from "./noteTags";
export { tagMatches, hasTag } from "./tagMatches";
