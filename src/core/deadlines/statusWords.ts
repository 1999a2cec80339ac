// The words of a status cell that close a task (已完成, 已办结, 销号, 已整改到位, 已竣工投入使用), as data: plans,
// projects and rectification lists each have theirs. A clause must consist of these words alone, which keeps out
// negations and progress reports: 未完成, 尚未完成, 正在完成, 基本完成, 完成率50%, 已完成投资60%, 65%（滞后）,
// 完成全年任务的七成, 已建成中转站7个.

/** Who or when, before the verdict: 目前已完成, 该项工作已办结. */
export const DONE_LEADS: readonly string[] = ['截至目前', '目前', '现已', '现', '该项工作', '此项工作', '该项任务', '该任务', '任务', '工作', '该项目', '项目', '工程', '问题', '该问题'];
export const DONE_ALREADY: readonly string[] = ['已经', '已'];
/** When it was done, after 已 (已于5月完成, 已在6月底前完成): 于 or 在, then a month (a month may also lead: 5月已完成). */
export const DONE_WHEN_MARKERS: readonly string[] = ['于', '在'];
export const DONE_WHEN_MONTH_PARTS: readonly string[] = ['上旬', '中旬', '下旬', '底前', '底', '末', '初', '份', '前'];
/** How it was done: 按期完成, 已全面完成. */
export const DONE_MANNERS: readonly string[] = ['按时', '按期', '如期', '提前', '全面', '全部', '顺利', '圆满', '超额'];
export const DONE_VERBS: readonly string[] = [
  '完成', '办结', '销号', '完结', '结项', '结案', '整改到位', '整改完毕', '整改完成', '完成整改', '竣工', '投入使用', '投用', '建成投用',
  '建成', '完工', '交付使用', '通过验收',
];
/** What was done: 已完成全年任务, 完成年度目标任务. */
export const DONE_OBJECTS: readonly string[] = ['了', '全年', '年度', '目标', '任务', '工作', '验收'];
