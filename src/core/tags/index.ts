export { normalizeTag } from "./normalizeTag";
export { frontmatterTags } from "./frontmatterTags";
export { isTagKey, someFrontmatterTagValue, tagsInValue } from "./rawTags";
export type { RawInlineTag } from "./rawTags";
export { inlineTags, inlineTagOccurrences } from "./inlineTags";
export type { TagOccurrence } from "./inlineTags";
export { noteTags } from "./noteTags";
export { tagMatches, hasTag } from "./tagMatches";
