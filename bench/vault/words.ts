/** Vocabulary of the synthetic vaults: mixed English and Chinese, as in the real notes that inspired them. */

export const EN_WORDS = [
	"ownership", "borrowing", "lifetimes", "closures", "iterators", "traits", "generics", "async", "testing", "parsing",
	"memory", "layout", "graphs", "queues", "caching", "indexes", "recall", "practice", "feedback", "deliberate",
	"reading", "writing", "habits", "focus", "review", "spacing", "chunking", "models", "maps", "questions",
	"notes", "sketch", "draft", "outline", "summary", "example", "pattern", "principle", "method", "project",
];

export const CJK_WORDS = [
	"学习", "方法", "笔记", "复习", "练习", "反馈", "阅读", "写作", "习惯", "专注",
	"记忆", "理解", "问题", "例子", "原则", "模型", "项目", "总结", "计划", "思考",
];

/** Tags notes carry; `方法论` is the default topic tag, so some notes get it on purpose. */
export const TAGS = [
	"programming", "rust", "typescript", "reading", "读书", "learning/spaced-repetition", "productivity", "学习/方法",
	"health", "music", "math", "history", "ideas", "inbox", "writing", "写作", "project/alpha", "project/beta",
];

export const TOPIC_TAG = "方法论";
export const CHALLENGE_TAG = "challenge";
export const PARK_FOLDER = "Just in case";

export const AREAS = ["Notes", "Notes/Programming", "Notes/读书", "Projects", "Journal", "Reference/Articles"];
export const PARK_SUBFOLDERS = ["", "", "Reading", "想法"];
