// 简体中文 texts: the default language. Plain official wording, one short sentence per finding.
import type { Messages } from './catalog';
import { HEADING_SEPARATOR } from './shortTexts';
import { headerDiagnosisZh, ZH_HOST_ERRORS, ZH_TERMS } from './zhCNHost';
import { ZH_PROGRESS_FINDINGS, ZH_PROGRESS_KINDS, ZH_PROGRESS } from './zhCNProgress';
import { formatAmountZh } from './formatAmount';
import { formatCount } from './formatCount';

export const ZH_CN: Messages = {
  findings: {
    TABLE_NOT_FOUND: {
      message: (f) => `工作表“${f.sheet}”前${f.searchedRows}行中没有任务表的表头行（${headerDiagnosisZh(f.seen, f.missing)}）。`,
      suggestion: () => '表头应含“工作任务”等任务列，以及“牵头单位”“责任单位”或“完成时限”等列。',
    },
    HEADER_REPEATED: { message: () => '此行重复表头（分页处粘贴所致），已跳过。', suggestion: () => null },
    REGISTRY_NOT_COVERING: {
      message: (f) => `表中${f.total}个单位有${f.unknown}个不在单位名录中（如${f.examples.join('、')}），不再逐一提示。`,
      suggestion: () => '在“单位名录”工作表中补充本地区的单位。',
    },
    REGISTRY_SHEET_PROBLEM: {
      message: (f) => `单位名录第${f.sheetRow}行：${f.problem}`,
      suggestion: () => '在“单位名录”工作表中修正该行。',
    },
    TASK_NO_DUPLICATE: { message: (f) => `序号“${f.no}”与第${f.firstRow}行重复。`, suggestion: () => '调整序号，使每项任务序号唯一。' },
    TASK_NO_MISSING: { message: () => '此任务没有序号。', suggestion: () => '补填序号。' },
    TASK_TEXT_EMPTY: { message: () => '任务内容为空。', suggestion: () => '补填工作任务，或删除此行。' },
    LEAD_MISSING: {
      message: (f) => (f.wholeTable ? '表中没有牵头单位列或责任单位列，无法确定牵头单位。' : '未填写牵头单位。'),
      suggestion: (f) => (f.wholeTable ? '增加“牵头单位”或“责任单位”列。' : '补填牵头单位。'),
    },
    UNIT_UNKNOWN: {
      message: (f) => (f.closest ? `“${f.written}”不在单位名录中，可能是“${f.closest}”。` : `“${f.written}”不在单位名录中。`),
      suggestion: (f) => f.closest,
    },
    UNIT_NONSTANDARD: {
      message: (f) => `“${f.written}”写法不规范，应为“${f.standardForm}”。`,
      suggestion: (f) => f.standardForm,
    },
    UNIT_DUPLICATE: { message: (f) => `“${f.written}”在同一任务中出现${f.count}次。`, suggestion: () => '删除重复的单位。' },
    UNIT_LEAD_AND_SUPPORT: { message: (f) => `“${f.unit}”同时列为牵头单位和配合单位。`, suggestion: () => '只保留其中一处。' },
    DISTRICT_OMITTED: {
      message: (f) => `本任务列出了表中${f.total}个${f.level === 'town' ? '乡镇（街道）' : '区县'}中的${f.named}个，未列“${f.district}”。`,
      suggestion: (f) => f.district,
    },
    QUOTA_UNIT_NOT_RESPONSIBLE: {
      message: (f, format) => `任务内容给“${f.unit}”分解了${format(f.amount, f.measure)}，但其未列为牵头或配合单位。`,
      suggestion: (f) => `将“${f.unit}”列入牵头单位或配合单位。`,
    },
    QUOTA_SUM_MISMATCH: {
      message: (f, format) => `各单位分解数合计${format(f.sum, f.measure)}，与总数${format(f.total, f.measure)}不符。`,
      suggestion: () => '核对总数和各单位分解数。',
    },
    QUOTA_SHARE_MISSING: {
      message: (f) => `同一任务中其他${f.peers}个区县都有分解数，“${f.unit}”没有。`,
      suggestion: (f) => `补列“${f.unit}”的分解数。`,
    },
    DEADLINE_MISSING: { message: () => '未填写完成时限。', suggestion: () => '补填完成时限。' },
    DEADLINE_UNPARSED: {
      message: (f) => `无法识别完成时限“${f.text}”。`,
      suggestion: () => '写作“11月底前”“12月31日前”“持续推进”等形式。',
    },
    DEADLINE_OVERDUE: { message: (f) => `已超过完成时限“${f.text}”（${f.due}）${f.days}天，尚未完成。`, suggestion: () => null },
    DEADLINE_DUE_SOON: { message: (f) => `距完成时限“${f.text}”（${f.due}）还有${f.days}天。`, suggestion: () => null },
    CELL_ERROR_VALUE: { message: (f) => `单元格为错误值${f.error}。`, suggestion: () => '检查公式，或改为填写文字。' },
    LEAD_FROM_UNITS: {
      message: (f) => `${f.count}项任务未填牵头单位，按“无牵头单位的，责任单位即为牵头单位”，由其责任单位牵头（第${f.rows.join('、')}行）。`,
      suggestion: () => null,
    },
    ...ZH_PROGRESS_FINDINGS,
  },
  formatAmount: formatAmountZh,
  severity: { error: '错误', warning: '警告', info: '提示' },
  state: { done: '已完成', overdue: '逾期', dueSoon: '临近时限', onTrack: '正常推进', ongoing: '持续推进', unknown: '未知' },
  role: { lead: '牵头', support: '配合' },
  listSeparator: '、',
  sheetNames: { findings: '校验结果', districts: '区县汇总表', unitTasks: '单位任务清单', progress: '进展汇总', unitProgress: '单位进展排名' },
  findingsHeaders: {
    severity: '级别',
    kind: '问题类型',
    code: '代码',
    cell: '单元格',
    count: '处数',
    taskNo: '序号',
    unit: '单位',
    message: '问题',
    suggestion: '建议',
  },
  findingRow: (row) => `第${row}行`,
  findingPlaces: (first, count) => `${first} 等 ${formatCount(count)} 处`,
  wholeTable: '全表',
  placesNotListed: (count) => `……另有 ${formatCount(count)} 处未逐一列出，任务表中已标出。`,
  districtHeaders: {
    district: '区县',
    town: '乡镇（街道）',
    leadCount: '牵头任务（项）',
    leadTasks: '牵头任务序号',
    supportCount: '配合任务（项）',
    supportTasks: '配合任务序号',
    quota: (taskNo, name, unit) => `任务${taskNo}${name ? ` ${name}` : ''}（${unit}）`,
    quotaTotal: (unit) => `分解指标合计（${unit}）`,
    overdue: '逾期任务（项）',
    dueSoon: '临近时限任务（项）',
    totalRow: '合计',
    totalsNote: (level, someNotAdded = false) => {
      const places = level === 'town' ? '乡镇（街道）' : '区县';
      const quotas = someNotAdded ? '分解指标为上列各行之和，比率和上限类指标不相加，合计行填表中所列总目标（未列则空）' : `分解指标为各${places}之和`;
      return `说明：合计行的任务项数按任务计，一项任务涉及几个${places}也只计一次；${quotas}。`;
    },
    title: (level) => (level === 'town' ? '乡镇（街道）汇总表' : '区县汇总表'),
    noPlaces: (level) => `说明：牵头单位和配合单位中没有${level === 'town' ? '乡镇（街道）' : '区县'}，无可汇总的内容。`,
  },
  scaledMeasure: (measure, scale) => (scale === 1e8 ? `亿${measure}` : scale === 1e4 ? `万${measure}` : measure),
  noFindings: '未发现问题。',
  unitTaskHeaders: { unit: '单位', category: '类别', role: '角色', taskNo: '序号', task: '工作任务', deadline: '完成时限', due: '到期日', state: '任务状态' },
  sheetTitle: {
    title: (plan, sheet) => `${plan} ${sheet}`,
    subtitle: ({ sheet, planYear, asOf, madeAt }) =>
      [`校验工作表“${sheet}”`, ...(planYear === null ? [] : [ZH_TERMS.planYearOf(planYear)]), ZH_TERMS.asOfDate(asOf), ...(madeAt === null ? [] : [`生成于 ${madeAt}`])].join(HEADING_SEPARATOR),
    page: ['第 ', { field: 'pageNumber' }, ' 页，共 ', { field: 'pageCount' }, ' 页'],
  },
  rowsOmitted: (count) => `……另有 ${formatCount(count)} 行超出 Excel 的行数上限，未列出。`,
  hostErrors: ZH_HOST_ERRORS,
  findingKinds: {
    TABLE_NOT_FOUND: { name: '未找到任务表', distinct: null },
    HEADER_REPEATED: { name: '重复的表头行', distinct: null },
    REGISTRY_NOT_COVERING: { name: '单位名录覆盖不全', distinct: null },
    REGISTRY_SHEET_PROBLEM: { name: '单位名录有误', distinct: null },
    TASK_NO_DUPLICATE: { name: '序号重复', distinct: null },
    TASK_NO_MISSING: { name: '缺少序号', distinct: null },
    TASK_TEXT_EMPTY: { name: '任务内容为空', distinct: null },
    LEAD_MISSING: { name: '缺少牵头单位', distinct: null },
    UNIT_UNKNOWN: { name: '单位不在名录中', distinct: (n) => `${formatCount(n)} 种写法` },
    UNIT_NONSTANDARD: { name: '单位写法不规范', distinct: (n) => `${formatCount(n)} 种写法` },
    UNIT_DUPLICATE: { name: '单位重复列出', distinct: (n) => `${formatCount(n)} 个单位` },
    UNIT_LEAD_AND_SUPPORT: { name: '既牵头又配合', distinct: (n) => `${formatCount(n)} 个单位` },
    DISTRICT_OMITTED: { name: '漏列区县', distinct: (n) => `${formatCount(n)} 个区县` },
    QUOTA_UNIT_NOT_RESPONSIBLE: { name: '指标分给了非责任单位', distinct: null },
    QUOTA_SUM_MISMATCH: { name: '分解数与总数不符', distinct: null },
    QUOTA_SHARE_MISSING: { name: '缺少分解数', distinct: null },
    DEADLINE_MISSING: { name: '缺少完成时限', distinct: null },
    DEADLINE_UNPARSED: { name: '完成时限无法识别', distinct: (n) => `${formatCount(n)} 种写法` },
    DEADLINE_OVERDUE: { name: '逾期未完成', distinct: null },
    DEADLINE_DUE_SOON: { name: '临近完成时限', distinct: null },
    CELL_ERROR_VALUE: { name: '单元格为错误值', distinct: (n) => `${formatCount(n)} 种错误值` },
    LEAD_FROM_UNITS: { name: '由责任单位牵头', distinct: null },
    ...ZH_PROGRESS_KINDS,
  },
  places: (count) => `${formatCount(count)} 处`,
  headingSeparator: HEADING_SEPARATOR,
  terms: ZH_TERMS,
  progress: ZH_PROGRESS,
};
