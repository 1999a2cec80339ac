// 简体中文: the texts a host shows before any check: its errors and the words of the settings. Kept apart from the
// findings' sentences so that the task pane's first script carries these and not the engine's.
import type { MissingRole } from '../table/headerBlock';
import type { WriteStopped } from '../host';
import type { HostErrorPlace, Messages } from './catalog';

const at = (where: HostErrorPlace): string =>
  [where.sheet ? `工作表“${where.sheet}”` : '', where.cell ? `单元格${where.cell}` : ''].filter((s) => s !== '').join('');
const detail = (where: HostErrorPlace): string => (where.detail ? `（${where.detail}）` : '');

const MISSING_ZH: Readonly<Record<MissingRole, string>> = { task: '任务列（如“工作任务”）', units: '单位、时限或进展列（如“牵头单位”“责任单位”“完成时限”）' };

/** 看到的表头：序号、牵头单位；缺少：任务列。 */
export function headerDiagnosisZh(seen: readonly string[], missing: readonly MissingRole[]): string {
  const saw = seen.length > 0 ? `看到的表头：${seen.map((t) => t.replace(/\s+/g, '')).join('、')}` : '未看到表头行';
  return `${saw}；缺少${missing.map((m) => MISSING_ZH[m]).join('和')}`;
}

export const ZH_HOST_ERRORS: Messages['hostErrors'] = {
  FILE_NOT_FOUND: (w) => `找不到文件${w.path ?? ''}。`,
  FILE_EMPTY: (w) => `文件${w.path ?? ''}是空的。`,
  NOT_A_WORKBOOK: (w) => `文件${w.path ?? ''}不是 Excel 工作簿（.xlsx）。`,
  WORKBOOK_ENCRYPTED: (w) => `工作簿${w.path ?? ''}设有打开密码，请先取消密码后再校验。`,
  WORKBOOK_CORRUPT: (w) => `工作簿${w.path ?? ''}已损坏，无法读取${detail(w)}。`,
  SHEET_NOT_FOUND: (w) => `工作簿中没有名为“${w.sheet ?? ''}”的工作表。`,
  NO_TASK_TABLE: (w) =>
    w.header && w.sheet && (w.sheetsSearched ?? 1) > 1
      ? `工作簿的${w.sheetsSearched}张工作表中都未找到任务表，最接近的是工作表“${w.sheet}”：${headerDiagnosisZh(w.header.seen, w.header.missing)}。`
      : w.header
      ? `${w.sheet ? `工作表“${w.sheet}”中` : '工作簿中'}未找到任务表：${headerDiagnosisZh(w.header.seen, w.header.missing)}。`
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
  // `path`: the address of the pane's file mode, where this Excel cannot open the pane (Internet Explorer 11).
  COMMAND_TOO_SLOW: (w) =>
    w.path
      ? `这张表在功能区按钮允许的时间内没能校验完，为避免只写入一半，本次没有写入任何内容。这个版本的 Excel 打不开任务窗格：请用 Edge 或 Chrome 浏览器打开 ${w.path}，选择工作簿文件校验（文件只在本机处理）。`
      : '这张表在功能区按钮允许的时间内没能校验完，为避免只写入一半，本次没有写入任何内容。请点“打开面板”，在面板中校验。',
  WORKBOOK_TOO_LARGE: (w) => `工作簿${w.path ?? ''}解压后过大${detail(w)}，可能已损坏，无法读取。`,
};

export const ZH_TERMS: Messages['terms'] = {
  planYear: '计划年度',
  asOf: '截至日期',
  taskState: '任务状态',
  asOfDate: (date) => `截至 ${date}`,
  planYearOf: (year) => `${year} 年度`,
};

/** Said after a host error that stopped a write half way. */
export function zhWriteStopped(write: WriteStopped): string {
  if (!write.undone) return '写入中途停止，且未能撤回已写入的部分：请在面板中点“清除标记”，再重新校验。';
  const removed = write.removed.length > 0 ? `；工具表${write.removed.map((name) => `“${name}”`).join('、')}已来不及恢复上次的内容，已删除，重新校验即可再生成` : '';
  return `写入中途停止，已撤回：本次新增的工作表已删除，高亮恢复为点击前的样子${removed}。`;
}
