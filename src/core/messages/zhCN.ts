// 简体中文 texts: the default language. Plain official wording, one short sentence per finding.
import type { MissingRole } from '../table/headerBlock';
import type { HostErrorPlace, Messages } from './catalog';
import { formatAmountZh } from './formatAmount';
import { formatCount } from './formatCount';

const at = (where: HostErrorPlace): string =>
  [where.sheet ? `工作表“${where.sheet}”` : '', where.cell ? `单元格${where.cell}` : ''].filter((s) => s !== '').join('');
const detail = (where: HostErrorPlace): string => (where.detail ? `（${where.detail}）` : '');

const MISSING_ZH: Readonly<Record<MissingRole, string>> = { task: '任务列（如“工作任务”）', units: '单位、时限或进展列（如“牵头单位”“责任单位”“完成时限”）' };

/** 看到的表头：序号、牵头单位；缺少：任务列。 */
function headerDiagnosis(seen: readonly string[], missing: readonly MissingRole[]): string {
  const saw = seen.length > 0 ? `看到的表头：${seen.map((t) => t.replace(/\s+/g, '')).join('、')}` : '未看到表头行';
  return `${saw}；缺少${missing.map((m) => MISSING_ZH[m]).join('和')}`;
}


const planYearOf = (year: number): string => `${year} 年度`;
const asOfDate = (date: string): string => `截至 ${date}`;

export const ZH_CN: Messages = {
  findings: {
    TABLE_NOT_FOUND: {
      message: (f) => `工作表“${f.sheet}”前${f.searchedRows}行中没有任务表的表头行（${headerDiagnosis(f.seen, f.missing)}）。`,
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
      message: (f) => `本任务列出了表中${f.total}个区县中的${f.named}个，未列“${f.district}”。`,
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
  },
  formatAmount: formatAmountZh,
  severity: { error: '错误', warning: '警告', info: '提示' },
  state: { done: '已完成', overdue: '逾期', dueSoon: '临近时限', onTrack: '正常推进', ongoing: '持续推进', unknown: '未知' },
  role: { lead: '牵头', support: '配合' },
  listSeparator: '、',
  sheetNames: { findings: '校验结果', districts: '区县汇总表', unitTasks: '单位任务清单' },
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
    totalsNote: (level) => {
      const places = level === 'town' ? '乡镇（街道）' : '区县';
      return `说明：合计行的任务项数按任务计，一项任务涉及几个${places}也只计一次；分解指标为各${places}之和。`;
    },
  },
  scaledMeasure: (measure, scale) => (scale === 1e8 ? `亿${measure}` : scale === 1e4 ? `万${measure}` : measure),
  unitTaskHeaders: { unit: '单位', category: '类别', role: '角色', taskNo: '序号', task: '工作任务', deadline: '完成时限', due: '到期日', state: '任务状态' },
  sheetTitle: {
    title: (plan, sheet) => `${plan} ${sheet}`,
    subtitle: ({ sheet, planYear, asOf, madeAt }) =>
      [`校验工作表“${sheet}”`, planYearOf(planYear), asOfDate(asOf), ...(madeAt === null ? [] : [`生成于 ${madeAt}`])].join(' · '),
    page: ['第 ', { field: 'pageNumber' }, ' 页，共 ', { field: 'pageCount' }, ' 页'],
  },
  rowsOmitted: (count) => `……另有 ${formatCount(count)} 行超出 Excel 的行数上限，未列出。`,
  hostErrors: {
    FILE_NOT_FOUND: (w) => `找不到文件${w.path ?? ''}。`,
    FILE_EMPTY: (w) => `文件${w.path ?? ''}是空的。`,
    NOT_A_WORKBOOK: (w) => `文件${w.path ?? ''}不是 Excel 工作簿（.xlsx）。`,
    WORKBOOK_ENCRYPTED: (w) => `工作簿${w.path ?? ''}设有打开密码，请先取消密码后再校验。`,
    WORKBOOK_CORRUPT: (w) => `工作簿${w.path ?? ''}已损坏，无法读取${detail(w)}。`,
    SHEET_NOT_FOUND: (w) => `工作簿中没有名为“${w.sheet ?? ''}”的工作表。`,
    NO_TASK_TABLE: (w) =>
      w.header
        ? `${w.sheet ? `工作表“${w.sheet}”中` : '工作簿中'}未找到任务表：${headerDiagnosis(w.header.seen, w.header.missing)}。`
        : `${w.sheet ? `工作表“${w.sheet}”中` : '工作簿中'}未找到任务表：表头应含“工作任务”及“牵头单位”“责任单位”或“完成时限”等列名。`,
    SHEET_PROTECTED: (w) => `${at(w) || '工作表'}受保护，无法写入，请先撤销工作表保护。`,
    RANGE_TOO_LARGE: (w) => `${at(w) || '工作表'}的已用区域过大${detail(w)}，请删除多余的空行空列后再试。`,
    CELL_EDIT_MODE: () => 'Excel 正在编辑单元格，请按 Enter 或 Esc 结束编辑后再试。',
    CONNECTION_LOST: () => '与 Excel 的连接已断开，请重新打开加载项后再试。',
    OUTPUT_IS_INPUT: (w) => `输出文件不能与输入文件相同（${w.path ?? ''}），请另选输出路径。`,
    OUTPUT_NOT_WRITABLE: (w) => `无法写入输出文件${w.path ?? ''}${detail(w)}。`,
    BAD_OPTION: (w) => `参数有误${detail(w)}。`,
    UNEXPECTED: (w) => `发生意外错误${detail(w)}${at(w) ? `，位置：${at(w)}` : ''}，请重试。`,
    EXCEL_BUSY: () => 'Excel 当前繁忙，暂时不接受更多请求，请稍等一会儿再试。',
    OUT_OF_MEMORY: () => 'Excel 的内存不足，未能完成。请关闭其他工作簿或程序后再试；表格很大时，可以先删除多余的空行空列。',
    SESSION_EXPIRED: () => '与 Excel 的会话已过期，请关闭并重新打开加载项（网页版请刷新页面）后再试。',
    DIALOG_OPEN: () => 'Excel 中有对话框打开着，此时无法写入。请先关闭对话框，再重试。',
    COMMAND_TOO_SLOW: () =>
      '这张表在功能区按钮允许的时间内没能校验完，为避免只写入一半，本次没有写入任何内容。请点“打开面板”，在面板中校验。',
    WORKBOOK_TOO_LARGE: (w) => `工作簿${w.path ?? ''}解压后过大${detail(w)}，可能已损坏，无法读取。`,
  },
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
  },
  places: (count) => `${formatCount(count)} 处`,
  headingSeparator: ' · ',
  terms: {
    planYear: '计划年度',
    asOf: '截至日期',
    taskState: '任务状态',
    asOfDate,
    planYearOf,
  },
};
