// 简体中文: the progress findings, their kinds, and the texts of the return workbook, 进展汇总, 单位进展排名 and 通报.
import type { FindingCode } from '../model';
import type { FindingKindText, FindingText } from './catalog';
import { formatCount } from './formatCount';
import { percentText } from './percentText';
import type { BulletinFacts, ChangeFacts, ProgressTexts } from './progressCatalog';

type ProgressCode = Extract<FindingCode, `PROGRESS_${string}` | `RETURN_${string}`>;

const who = (unit: string | null): string => (unit === null ? '' : `“${unit}”`);
const QUARTERS = ['一', '二', '三', '四'];

function periodLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `${quarter[1]}年第${QUARTERS[Number(quarter[2]) - 1]}季度` : period;
}

export const ZH_PROGRESS_FINDINGS: { readonly [C in ProgressCode]: FindingText<C> } = {
  PROGRESS_BEHIND: {
    message: (f) => {
      const against = f.expected === null ? '' : `序时进度为${percentText(f.expected)}`;
      // A lag the unit states is what it says, whatever its percentage: 进度65%（滞后） is not behind by the numbers.
      if (f.percent !== null && f.expected !== null && !f.stated) return `${who(f.unit)}进度${percentText(f.percent)}，落后于序时进度${percentText(f.expected)}。`;
      const figures = [f.percent === null ? '' : `填报进度${percentText(f.percent)}`, against].filter((p) => p !== '').join('，');
      return `${who(f.unit)}报告进度滞后${figures ? `（${figures}）` : ''}。`;
    },
    suggestion: () => '督促牵头单位说明原因、明确追赶措施。',
  },
  PROGRESS_RATE_MISMATCH: {
    message: (f, amount) => `${who(f.unit)}完成率填写为${percentText(f.stated)}，按完成值${amount(f.actual, f.measure)}÷目标值${amount(f.target, f.measure)}应为${percentText(f.computed)}。`,
    suggestion: () => '核对完成值、目标值和完成率。',
  },
  PROGRESS_NOT_REPORTED: {
    message: (f) => {
      if (f.unit === null) return '本期进展未填写。';
      const period = f.period === null ? '本期' : `本期（${f.period}）`;
      return f.returned ? `“${f.unit}”的${period}报送表未填写此项任务的进展。` : `“${f.unit}”未报送${period}进展。`;
    },
    suggestion: (f) => (f.unit === null ? '补填本期进展情况。' : `催报“${f.unit}”。`),
  },
  PROGRESS_TARGET_MISSED: {
    message: (f, amount) => `${who(f.unit)}完成值${amount(f.actual, f.measure)}${f.lowerIsBetter ? '高于' : '未达到'}目标值${amount(f.target, f.measure)}，完成时限（${f.due}）已过。`,
    suggestion: () => '核实完成情况，说明未完成原因。',
  },
  PROGRESS_TARGET_EXCEEDED: {
    message: (f, amount) => `${who(f.unit)}完成值${amount(f.actual, f.measure)}超过目标值${amount(f.target, f.measure)}（${percentText((f.actual / f.target) * 100)}）。`,
    suggestion: () => '核实完成值是否填写有误。',
  },
  PROGRESS_CONFLICT: {
    message: (f) => `“${f.doneBy}”报告已完成，配合单位“${f.laggingBy}”报告滞后。`,
    suggestion: () => '核实任务是否确已完成。',
  },
  PROGRESS_PAST_YEAR_END: {
    message: (f) => `没有可读的完成时限，按计划年度年底（${f.due}）判断已过${f.days}天，进展未报告完成。`,
    suggestion: () => '核实是否已完成；已完成的，在进展中写明“已完成”。',
  },
  RETURN_NOT_RESPONSIBLE: {
    message: (f) => `“${f.unit}”报送了此项任务（${f.file} 第${f.returnRow}行），但不是其牵头或配合单位。`,
    suggestion: () => '核实报送单位。',
  },
  RETURN_TEXT_CHANGED: {
    message: (f) => `“${f.unit}”报送表中此项任务的内容被改为“${f.written}”（${f.file} 第${f.returnRow}行）。`,
    suggestion: () => '以分工方案中的任务内容为准，核实报送的是否为此项任务。',
  },
  RETURN_ROW_UNMATCHED: {
    message: (f) =>
      `${f.unit === null ? '' : `“${f.unit}”的`}${f.file} 第${f.returnRow}行（${f.no ? `序号${f.no}，` : ''}“${f.text.length > 30 ? `${f.text.slice(0, 30)}…` : f.text}”）对不上分工方案中的任务，未合并。`,
    suggestion: () => '核对该行的序号和任务内容。',
  },
  RETURN_NOT_RECOGNIZED: {
    message: (f) => `${f.file} 不是进展报送表（没有找到“本期进展情况”等列），未合并。`,
    suggestion: () => '请用“生成报送表”生成的表格填报。',
  },
  RETURN_OTHER_PERIOD: {
    message: (f) => `${f.file} 是 ${f.period} 期的报送表，不是本期（${f.expected}）的，未合并。`,
    suggestion: () => '请该单位报送本期的表格。',
  },
  RETURN_DUPLICATE: {
    message: (f) => `“${f.unit}”对此项任务报送了两次，采用 ${f.file} 的，未用 ${f.earlier} 的。`,
    suggestion: () => null,
  },
  RETURN_SENDER_UNKNOWN: {
    message: (f) => `${f.file} 是进展报送表，但看不出是哪个单位报送的（标题和文件名中都没有本表的单位名称），未合并。`,
    suggestion: () => '在文件名或标题中写明报送单位，例如“2023-11 进展报送 市人社局.xlsx”。',
  },
  RETURN_VALUE_UNREADABLE: {
    message: (f) => `“${f.unit}”在 ${f.file} 的 ${f.cell} 填写的完成值“${f.written}”${f.negative ? '是负数' : '不是数字'}，未合并此完成值。`,
    suggestion: () => '请按计量单位填写数字，例如 8000。',
  },
};

export const ZH_PROGRESS_KINDS: { readonly [C in ProgressCode]: FindingKindText } = {
  PROGRESS_BEHIND: { name: '进度滞后', distinct: null },
  PROGRESS_RATE_MISMATCH: { name: '完成率与完成值不符', distinct: null },
  PROGRESS_NOT_REPORTED: { name: '未报送进展', distinct: (n) => `${formatCount(n)} 个单位` },
  PROGRESS_TARGET_MISSED: { name: '到期未完成目标', distinct: null },
  PROGRESS_TARGET_EXCEEDED: { name: '超额完成目标', distinct: null },
  PROGRESS_CONFLICT: { name: '牵头与配合单位报告不一致', distinct: null },
  PROGRESS_PAST_YEAR_END: { name: '年度已过未完成', distinct: null },
  RETURN_NOT_RESPONSIBLE: { name: '报送了非本单位的任务', distinct: null },
  RETURN_TEXT_CHANGED: { name: '报送表改动了任务内容', distinct: null },
  RETURN_ROW_UNMATCHED: { name: '报送表中对不上的行', distinct: null },
  RETURN_NOT_RECOGNIZED: { name: '不是报送表的文件', distinct: null },
  RETURN_OTHER_PERIOD: { name: '其他期次的报送表', distinct: null },
  RETURN_DUPLICATE: { name: '重复报送', distinct: null },
  RETURN_SENDER_UNKNOWN: { name: '看不出报送单位的报送表', distinct: null },
  RETURN_VALUE_UNREADABLE: { name: '无法读取的完成值', distinct: null },
};

const LIGHT_ZH = { red: '红', yellow: '黄', green: '绿', done: '已完成', none: '' } as const;

function change(f: ChangeFacts): string {
  const parts: string[] = [];
  if (f.lightBefore !== f.lightNow) parts.push(`${LIGHT_ZH[f.lightBefore ?? 'none'] || '无'}→${LIGHT_ZH[f.lightNow ?? 'none'] || '无'}`);
  if (f.sameText) parts.push('进展与上期相同');
  return parts.join('；');
}

const monthDay = (iso: string, planYear: number): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y === planYear ? '' : `${y}年`}${m}月${d}日`;
};

function bulletin(f: BulletinFacts): string {
  const share = f.total === 0 ? '0%' : percentText((f.done / f.total) * 100);
  const overdue = f.behind.filter((b) => b.overdue).length;
  const dueSoon = f.dueSoon > 0 ? `（其中临近完成时限${f.dueSoon}项）` : '';
  const head = `截至${monthDay(f.asOf, f.planYear)}，${f.total}项重点任务中，已完成${f.done}项，占${share}；序时推进${f.onSchedule}项${dueSoon}；`;
  if (f.behind.length === 0) return `${head}无滞后任务。`;
  const list = f.behind.map((b) => `第${b.no}项（${b.lagging.slice(0, 3).join('、')}${b.lagging.length > 3 ? '等' : ''}）`).join('、');
  return `${head}滞后${f.behind.length}项${overdue > 0 ? `（其中逾期${overdue}项）` : ''}，分别是${list}。`;
}

export const ZH_PROGRESS: ProgressTexts = {
  light: LIGHT_ZH,
  returnState: { done: '已完成', ongoing: '推进中', lagging: '滞后', notStarted: '未启动' },
  periodLabel,
  returnTitle: (period, unit) => `${periodLabel(period)}重点任务进展报送表（${unit}）`,
  returnFileName: (period, unit) => `${period} 进展报送 ${unit}.xlsx`,
  returnsArchiveName: (period) => `${period} 进展报送表.zip`,
  returnSheetName: '进展报送',
  returnHeaders: {
    key: '任务标识',
    no: '序号',
    task: '工作任务',
    role: '本单位职责',
    lead: '牵头单位',
    support: '配合单位',
    deadline: '完成时限',
    target: '目标值',
    measure: '计量单位',
    progress: '本期进展情况',
    actual: '完成值',
    state: '状态',
    problems: '存在问题',
    nextSteps: '下一步打算',
  },
  noTarget: '—',
  progressHeaders: {
    key: '任务标识',
    no: '序号',
    task: '工作任务',
    lead: '牵头单位',
    deadline: '完成时限',
    expected: '序时进度',
    light: '亮灯',
    figures: '完成值/目标值',
    problems: '存在问题',
    nextSteps: '下一步打算',
    change: '较上期变化',
    period: (period) => `${period} 进展`,
  },
  unitProgressHeaders: {
    unit: '单位',
    led: '牵头任务',
    done: '已完成',
    onSchedule: '序时推进',
    behind: '滞后',
    overdue: '逾期',
    notReported: '未报送',
    completionRate: '完成率',
  },
  reportLine: (unit, state, text) => `${unit}${state ? `（${state}）` : ''}${text ? `：${text}` : ''}`,
  notReported: '未报送',
  lightLegend: '亮灯：红＝逾期未完成；黄＝滞后或临近完成时限；绿＝按序时推进；已完成＝已办结。',
  closedIn: (period) => `${periodLabel(period)}已报完成`,
  change,
  figures: (actual, target) => (actual === null ? '' : target === null ? String(actual) : `${actual}/${target}`),
  bulletinTitle: '进展通报',
  bulletin,
  progressTitle: (period) => `${period ? periodLabel(period) : ''}重点任务进展汇总`,
  unitProgressTitle: (period) => `${period ? periodLabel(period) : ''}各单位进展情况`,
  unitTotalsNote: (tasks) => `合计按单位累加：一项任务有几个牵头单位就计几次（表中共${formatCount(tasks)}项任务）。`,
};
