// English texts, on request.
import type { HostErrorPlace, Messages } from './catalog';
import { formatAmountEn, measureNameEn } from './formatAmount';

const at = (where: HostErrorPlace): string =>
  [where.sheet ? `sheet "${where.sheet}"` : '', where.cell ? `cell ${where.cell}` : ''].filter((s) => s !== '').join(', ');
const detail = (where: HostErrorPlace): string => (where.detail ? ` (${where.detail})` : '');

export const EN_US: Messages = {
  findings: {
    TABLE_NOT_FOUND: {
      message: (f) => `No task table header in the first ${f.searchedRows} rows of sheet "${f.sheet}".`,
      suggestion: () => 'The header needs a task column (工作任务 …) and a unit or deadline column (牵头单位, 责任单位, 完成时限 …).',
    },
    HEADER_REPEATED: { message: () => 'Repeated header row (from a page break), skipped.', suggestion: () => null },
    REGISTRY_NOT_COVERING: {
      message: (f) => `${f.unknown} of the table's ${f.total} units are not in the unit registry (e.g. ${f.examples.join(', ')}); not listed one by one.`,
      suggestion: () => 'Add your units to a 单位名录 sheet.',
    },
    REGISTRY_SHEET_PROBLEM: {
      message: (f) => `单位名录 sheet, row ${f.sheetRow}: ${f.problem}`,
      suggestion: () => 'Correct that row of the 单位名录 sheet.',
    },
    TASK_NO_DUPLICATE: { message: (f) => `Task number "${f.no}" repeats row ${f.firstRow}.`, suggestion: () => 'Give each task its own number.' },
    TASK_NO_MISSING: { message: () => 'The task has no number.', suggestion: () => 'Fill in the task number.' },
    TASK_TEXT_EMPTY: { message: () => 'The task text is empty.', suggestion: () => 'Fill in the task, or delete the row.' },
    LEAD_MISSING: {
      message: (f) => (f.wholeTable ? 'The table has no lead or responsible-unit column, so no task has a lead.' : 'No lead unit.'),
      suggestion: (f) => (f.wholeTable ? 'Add a 牵头单位 or 责任单位 column.' : 'Fill in the lead unit.'),
    },
    UNIT_UNKNOWN: {
      message: (f) => (f.closest ? `"${f.written}" is not in the unit registry; did you mean "${f.closest}"?` : `"${f.written}" is not in the unit registry.`),
      suggestion: (f) => f.closest,
    },
    UNIT_NONSTANDARD: {
      message: (f) => `"${f.written}" is not the standard name; write "${f.standardForm}".`,
      suggestion: (f) => f.standardForm,
    },
    UNIT_DUPLICATE: { message: (f) => `"${f.written}" is listed ${f.count} times in this task.`, suggestion: () => 'Remove the repeats.' },
    UNIT_LEAD_AND_SUPPORT: { message: (f) => `"${f.unit}" is both a lead and a supporting unit.`, suggestion: () => 'Keep it in one place only.' },
    DISTRICT_OMITTED: {
      message: (f) => `The task names ${f.named} of the table's ${f.total} districts but not "${f.district}".`,
      suggestion: (f) => f.district,
    },
    QUOTA_UNIT_NOT_RESPONSIBLE: {
      message: (f, format) => `The task gives "${f.unit}" a share of ${format(f.amount, f.measure)}, but it is neither a lead nor a supporting unit.`,
      suggestion: (f) => `List "${f.unit}" as a lead or supporting unit.`,
    },
    QUOTA_SUM_MISMATCH: {
      message: (f, format) => `The shares add up to ${format(f.sum, f.measure)}, not the stated total of ${format(f.total, f.measure)}.`,
      suggestion: () => 'Check the total and the shares.',
    },
    QUOTA_SHARE_MISSING: {
      message: (f) => `${f.peers} other districts of this task have a share; "${f.unit}" has none.`,
      suggestion: (f) => `Add the share of "${f.unit}".`,
    },
    DEADLINE_MISSING: { message: () => 'No deadline.', suggestion: () => 'Fill in the deadline.' },
    DEADLINE_UNPARSED: { message: (f) => `Cannot read the deadline "${f.text}".`, suggestion: () => 'Write it like 11月底前, 12月31日前 or 持续推进.' },
    DEADLINE_OVERDUE: { message: (f) => `${f.days} days past the deadline "${f.text}" (${f.due}) and not done.`, suggestion: () => null },
    DEADLINE_DUE_SOON: { message: (f) => `Due in ${f.days} days: "${f.text}" (${f.due}).`, suggestion: () => null },
    CELL_ERROR_VALUE: { message: (f) => `The cell holds the error value ${f.error}.`, suggestion: () => 'Check the formula, or type the text in.' },
  },
  formatAmount: formatAmountEn,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  state: { done: 'Done', overdue: 'Overdue', dueSoon: 'Due soon', onTrack: 'On track', ongoing: 'Ongoing', unknown: 'Unknown' },
  role: { lead: 'Lead', support: 'Support' },
  listSeparator: ', ',
  sheetNames: { findings: 'Findings', districts: 'District summary', unitTasks: 'Unit tasks' },
  findingsHeaders: {
    severity: 'Severity',
    code: 'Code',
    cell: 'Cell',
    count: 'Count',
    cells: 'All cells',
    taskNo: 'No.',
    unit: 'Unit',
    message: 'Finding',
    suggestion: 'Suggestion',
  },
  findingRow: (row) => `row ${row}`,
  districtHeaders: {
    district: 'District',
    leadCount: 'Lead tasks',
    leadTasks: 'Lead task numbers',
    supportCount: 'Support tasks',
    supportTasks: 'Support task numbers',
    quota: (taskNo, measure) => `Task ${taskNo} (${measureNameEn(measure)})`,
    quotaTotal: (measure) => `Quotas in all (${measureNameEn(measure)})`,
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    totalRow: 'Total',
  },
  unitTaskHeaders: { unit: 'Unit', category: 'Category', role: 'Role', taskNo: 'No.', deadline: 'Deadline', due: 'Due date', state: 'State' },
  rowsOmitted: (count) => `… ${count} more rows pass Excel's row limit and are not listed.`,
  hostErrors: {
    FILE_NOT_FOUND: (w) => `File not found: ${w.path ?? ''}.`,
    FILE_EMPTY: (w) => `The file ${w.path ?? ''} is empty.`,
    NOT_A_WORKBOOK: (w) => `${w.path ?? 'The file'} is not an Excel workbook (.xlsx).`,
    WORKBOOK_ENCRYPTED: (w) => `The workbook ${w.path ?? ''} is password-protected; remove the password and try again.`,
    WORKBOOK_CORRUPT: (w) => `The workbook ${w.path ?? ''} is damaged and cannot be read${detail(w)}.`,
    SHEET_NOT_FOUND: (w) => `The workbook has no sheet named "${w.sheet ?? ''}".`,
    NO_TASK_TABLE: (w) =>
      `No task table found${w.sheet ? ` on sheet "${w.sheet}"` : ' in the workbook'}: the header needs a task column and a unit or deadline column.`,
    SHEET_PROTECTED: (w) => `${at(w) || 'The sheet'} is protected; unprotect it and try again.`,
    RANGE_TOO_LARGE: (w) => `The used range of ${at(w) || 'the sheet'} is too large${detail(w)}; delete the empty rows and columns and try again.`,
    CELL_EDIT_MODE: () => 'Excel is editing a cell; press Enter or Esc and try again.',
    CONNECTION_LOST: () => 'The connection to Excel was lost; reopen the add-in and try again.',
    OUTPUT_IS_INPUT: (w) => `The output file must differ from the input file (${w.path ?? ''}).`,
    OUTPUT_NOT_WRITABLE: (w) => `Cannot write the output file ${w.path ?? ''}${detail(w)}.`,
    BAD_OPTION: (w) => `Invalid option${detail(w)}.`,
    UNEXPECTED: (w) => `Unexpected error${detail(w)}${at(w) ? ` at ${at(w)}` : ''}; please try again.`,
    WORKBOOK_TOO_LARGE: (w) => `The workbook ${w.path ?? ''} unpacks to more than it can hold${detail(w)}; it may be damaged and cannot be read.`,
  },
};
