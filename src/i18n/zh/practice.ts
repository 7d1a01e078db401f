import type { practice as en } from "../en/practice";

/** 练习功能的简体中文文案；键与 ../en/practice.ts 一一对应。 */
export const practice: Record<keyof typeof en, string> = {
	"practice.command.start": "开始练习计时",
	"practice.command.stop": "停止练习计时",
	"practice.command.log": "记录练习",

	"practice.notice.started": "已开始在“{title}”上练习。可在状态栏、侧边栏或命令“停止练习计时”中停止。",
	"practice.notice.alreadyRunning": "“{title}”上已有一次练习在计时（已 {minutes} 分钟）。请先停止它再开始新的。",
	"practice.notice.noCurrent": "还没有当前挑战。请先打开一篇挑战笔记，把它设为当前挑战。",
	"practice.notice.noSession": "没有正在计时的练习。",
	"practice.notice.logged": "已在“{title}”中记录 {minutes} 分钟。",
	"practice.notice.discarded": "这次过短的练习已丢弃，没有记录任何内容。",
	"practice.notice.notLogged": "无法把这次练习记录到“{path}”。为免丢失，请自己把这一行复制到练习日志里：{line}",
	"practice.notice.propsFailed":
		"已在“{title}”中记录 {minutes} 分钟，但未能更新它的 practice_minutes 和 last_practiced 属性（{error}）。请修正笔记顶部的属性，下次记录时会一并更新。",

	"practice.short.title": "练习时间很短",
	"practice.short.text": "这次练习只持续了 {seconds} 秒。按 1 分钟记录，还是丢弃？",
	"practice.short.hint": "关闭此对话框，计时会继续。",
	"practice.short.log": "仍然记录",
	"practice.short.discard": "丢弃",

	"practice.long.note": "计时器自 {start} 起已运行 {minutes} 分钟，超过一天。请填写你实际练习的分钟数。",

	"practice.modal.title": "在“{title}”中记录练习",
	"practice.modal.minutes": "分钟数",
	"practice.modal.comment": "备注（可选）",
	"practice.modal.day": "日期",
	"practice.modal.submit": "记录",
	"practice.modal.cancel": "取消",
	"practice.modal.error.empty": "请填写练习的分钟数。",
	"practice.modal.error.not-a-number": "请输入整数，例如 30。",
	"practice.modal.error.not-whole": "请输入整分钟数，不要带小数。",
	"practice.modal.error.too-small": "至少 1 分钟。",
	"practice.modal.error.too-large": "最多 1440 分钟（一天）。",
	"practice.modal.error.day": "请选择今天或更早的日期。",

	"practice.status.label": "正在练习“{title}”，已 {elapsed}。点击停止并记录。",

	"practice.empty": "没有当前挑战",
	"practice.emptyHint": "把一个挑战设为当前，即可跟踪它的练习。",
	"practice.badge": "{minutes}/{goal} 分钟",
	"practice.today": "今天：{minutes} / {goal} 分钟",
	"practice.progress.label": "今天的练习与每日目标",
	"practice.stat.streak": "连续",
	"practice.stat.best": "最长",
	"practice.stat.week": "本周",
	"practice.days.one": "{count} 天",
	"practice.days.other": "{count} 天",
	"practice.minutes": "{count} 分钟",
	"practice.heatmap.label": "最近 12 周的练习",
	"practice.heatmap.cell": "{day}：{minutes} 分钟",
	"practice.timer.running": "计时中：{elapsed}",
	"practice.timer.elsewhere": "“{title}”计时中：{elapsed}",
	"practice.timer.stop": "停止并记录",
	"practice.timer.start": "开始计时",
	"practice.timer.log": "记录分钟数",
	"practice.unreadable.one": "有 {count} 行日志无法读取",
	"practice.unreadable.other": "有 {count} 行日志无法读取",
	"practice.unreadable.hint": "条目格式如“- 2026-11-27 09:30 · 30 min”。这些行会原样保留。点击打开第一行。",
};
