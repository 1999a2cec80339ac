// English texts, on request.
import type { MissingRole } from '../table/headerBlock';
import type { HostErrorPlace, Messages } from './catalog';
import { formatAmountEn, measureNameEn } from './formatAmount';
import { countOf, formatCount } from './formatCount';

const at = (where: HostErrorPlace): string =>
  [where.sheet ? `sheet "${where.sheet}"` : '', where.cell ? `cell ${where.cell}` : ''].filter((s) => s !== '').join(', ');
const detail = (where: HostErrorPlace): string => (where.detail ? ` (${where.detail})` : '');

const MISSING_EN: Readonly<Record<MissingRole, string>> = { task: 'a task column (工作任务 …)', units: 'a unit, deadline or progress column (牵头单位, 责任单位, 完成时限 …)' };

/** header cells seen: 序号, 牵头单位; missing: a task column. */
function headerDiagnosis(seen: readonly string[], missing: readonly MissingRole[]): string {
  const saw = seen.length > 0 ? `header cells seen: ${seen.map((t) => t.replace(/\s+/g, '')).join(', ')}` : 'no header row seen';
  return `${saw}; missing ${missing.map((m) => MISSING_EN[m]).join(' and ')}`;
}

const planYearOf = (year: number): string => `plan year ${year}`;
const asOfDate = (date: string): string => `as of ${date}`;

export const EN_US: Messages = {
  findings: {
    TABLE_NOT_FOUND: {
      message: (f) => `No task table header in the first ${f.searchedRows} rows of sheet "${f.sheet}" (${headerDiagnosis(f.seen, f.missing)}).`,
      suggestion: () => 'The header needs a task column (工作任务 …) and a unit or deadline column (牵头单位, 责任单位, 完成时限 …).',
    },
    HEADER_REPEATED: { message: () => 'Repeated header row (from a page break), skipped.', suggestion: () => null },
    REGISTRY_NOT_COVERING: {
      message: (f) =>
        `${formatCount(f.unknown)} of the table's ${countOf(f.total, 'unit', 'units')} ${f.unknown === 1 ? 'is' : 'are'} not in the unit registry (e.g. ${f.examples.join(', ')}); not listed one by one.`,
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
    UNIT_DUPLICATE: { message: (f) => `"${f.written}" is listed ${countOf(f.count, 'time', 'times')} in this task.`, suggestion: () => 'Remove the repeats.' },
    UNIT_LEAD_AND_SUPPORT: { message: (f) => `"${f.unit}" is both a lead and a supporting unit.`, suggestion: () => 'Keep it in one place only.' },
    DISTRICT_OMITTED: {
      message: (f) => `The task names ${formatCount(f.named)} of the table's ${countOf(f.total, 'district', 'districts')} but not "${f.district}".`,
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
      message: (f) => `${countOf(f.peers, 'other district', 'other districts')} of this task ${f.peers === 1 ? 'has' : 'have'} a share; "${f.unit}" has none.`,
      suggestion: (f) => `Add the share of "${f.unit}".`,
    },
    DEADLINE_MISSING: { message: () => 'No deadline.', suggestion: () => 'Fill in the deadline.' },
    DEADLINE_UNPARSED: { message: (f) => `Cannot read the deadline "${f.text}".`, suggestion: () => 'Write it like 11月底前, 12月31日前 or 持续推进.' },
    DEADLINE_OVERDUE: { message: (f) => `${countOf(f.days, 'day', 'days')} past the deadline "${f.text}" (${f.due}) and not done.`, suggestion: () => null },
    DEADLINE_DUE_SOON: { message: (f) => `Due in ${countOf(f.days, 'day', 'days')}: "${f.text}" (${f.due}).`, suggestion: () => null },
    CELL_ERROR_VALUE: { message: (f) => `The cell holds the error value ${f.error}.`, suggestion: () => 'Check the formula, or type the text in.' },
    LEAD_FROM_UNITS: {
      message: (f) => `${f.count} task(s) leave 牵头单位 empty and are led by their 责任单位 (无牵头单位的，责任单位即为牵头单位; rows ${f.rows.join(', ')}).`,
      suggestion: () => null,
    },
  },
  formatAmount: formatAmountEn,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  state: { done: 'Done', overdue: 'Overdue', dueSoon: 'Due soon', onTrack: 'On track', ongoing: 'Ongoing', unknown: 'Unknown' },
  role: { lead: 'Lead', support: 'Support' },
  listSeparator: ', ',
  sheetNames: { findings: 'Findings', districts: 'District summary', unitTasks: 'Unit tasks' },
  findingsHeaders: {
    severity: 'Severity',
    kind: 'Kind',
    code: 'Code',
    cell: 'Cell',
    count: 'Places',
    taskNo: 'No.',
    unit: 'Unit',
    message: 'Finding',
    suggestion: 'Suggestion',
  },
  findingRow: (row) => `row ${row}`,
  findingPlaces: (first, count) => `${first} and ${formatCount(count - 1)} more`,
  wholeTable: 'table',
  placesNotListed: (count) => `… ${countOf(count, 'more place is', 'more places are')} not listed one by one; the task sheet marks ${count === 1 ? 'it' : 'them'}.`,
  districtHeaders: {
    district: 'District',
    town: 'Town or street',
    leadCount: 'Lead tasks',
    leadTasks: 'Lead task numbers',
    supportCount: 'Support tasks',
    supportTasks: 'Support task numbers',
    quota: (taskNo, name, unit) => `Task ${taskNo}${name ? ` ${name}` : ''} (${unit})`,
    quotaTotal: (unit) => `Quotas in all (${unit})`,
    overdue: 'Overdue tasks',
    dueSoon: 'Tasks due soon',
    totalRow: 'Total',
    totalsNote: (level) => {
      const places = level === 'town' ? 'towns and streets' : 'districts and counties';
      return `Note: the totals row counts each task once, however many ${places} share it; quotas are the sum over the ${places}.`;
    },
  },
  scaledMeasure: (measure, scale) =>
    scale === 1e8 ? `100 million ${measureNameEn(measure)}` : scale === 1e4 ? `10,000 ${measureNameEn(measure)}` : measureNameEn(measure),
  unitTaskHeaders: { unit: 'Unit', category: 'Category', role: 'Role', taskNo: 'No.', task: 'Task', deadline: 'Deadline', due: 'Due date', state: 'Task state' },
  sheetTitle: {
    title: (plan, sheet) => `${plan}: ${sheet}`,
    subtitle: ({ sheet, planYear, asOf, madeAt }) =>
      [`sheet checked: ${sheet}`, planYearOf(planYear), asOfDate(asOf), ...(madeAt === null ? [] : [`made ${madeAt}`])].join(' · '),
    page: ['Page ', { field: 'pageNumber' }, ' of ', { field: 'pageCount' }],
  },
  rowsOmitted: (count) => `… ${countOf(count, 'more row passes', 'more rows pass')} Excel's row limit and ${count === 1 ? 'is' : 'are'} not listed.`,
  hostErrors: {
    FILE_NOT_FOUND: (w) => `File not found: ${w.path ?? ''}.`,
    FILE_EMPTY: (w) => `The file ${w.path ?? ''} is empty.`,
    NOT_A_WORKBOOK: (w) => `${w.path ?? 'The file'} is not an Excel workbook (.xlsx).`,
    WORKBOOK_ENCRYPTED: (w) => `The workbook ${w.path ?? ''} is password-protected; remove the password and try again.`,
    WORKBOOK_CORRUPT: (w) => `The workbook ${w.path ?? ''} is damaged and cannot be read${detail(w)}.`,
    SHEET_NOT_FOUND: (w) => `The workbook has no sheet named "${w.sheet ?? ''}".`,
    NO_TASK_TABLE: (w) =>
      w.header
        ? `No task table found${w.sheet ? ` on sheet "${w.sheet}"` : ' in the workbook'}: ${headerDiagnosis(w.header.seen, w.header.missing)}.`
        : `No task table found${w.sheet ? ` on sheet "${w.sheet}"` : ' in the workbook'}: the header needs a task column and a unit or deadline column.`,
    SHEET_PROTECTED: (w) => `${at(w) || 'The sheet'} is protected; unprotect it and try again.`,
    RANGE_TOO_LARGE: (w) => `The used range of ${at(w) || 'the sheet'} is too large${detail(w)}; delete the empty rows and columns and try again.`,
    CELL_EDIT_MODE: () => 'Excel is editing a cell; press Enter or Esc and try again.',
    CONNECTION_LOST: () => 'The connection to Excel was lost; reopen the add-in and try again.',
    OUTPUT_IS_INPUT: (w) => `The output file must differ from the input file (${w.path ?? ''}).`,
    OUTPUT_NOT_WRITABLE: (w) => `Cannot write the output file ${w.path ?? ''}${detail(w)}.`,
    BAD_OPTION: (w) => `Invalid option${detail(w)}.`,
    UNEXPECTED: (w) => `Unexpected error${detail(w)}${at(w) ? ` at ${at(w)}` : ''}; please try again.`,
    EXCEL_BUSY: () => 'Excel is busy and is not taking more requests for now; wait a moment and try again.',
    OUT_OF_MEMORY: () => 'Excel ran out of memory. Close other workbooks or programs and try again; for a very large sheet, delete its empty rows and columns first.',
    SESSION_EXPIRED: () => 'The session with Excel has expired; close and reopen the add-in (in Excel on the web, reload the page) and try again.',
    DIALOG_OPEN: () => 'A dialog is open in Excel, so nothing can be written now; close it and try again.',
    COMMAND_TOO_SLOW: () =>
      'This table took longer to check than a ribbon button may run, so nothing was written rather than half of it. Open the pane (Open Pane) and check it there.',
    WORKBOOK_TOO_LARGE: (w) => `The workbook ${w.path ?? ''} unpacks to more than it can hold${detail(w)}; it may be damaged and cannot be read.`,
  },
  findingKinds: {
    TABLE_NOT_FOUND: { name: 'No task table found', distinct: null },
    HEADER_REPEATED: { name: 'Repeated header rows', distinct: null },
    REGISTRY_NOT_COVERING: { name: 'Units the registry lacks', distinct: null },
    REGISTRY_SHEET_PROBLEM: { name: 'Problems in the 单位名录 sheet', distinct: null },
    TASK_NO_DUPLICATE: { name: 'Repeated task numbers', distinct: null },
    TASK_NO_MISSING: { name: 'Missing task numbers', distinct: null },
    TASK_TEXT_EMPTY: { name: 'Empty task text', distinct: null },
    LEAD_MISSING: { name: 'No lead unit', distinct: null },
    UNIT_UNKNOWN: { name: 'Units not in the registry', distinct: (n) => countOf(n, 'spelling', 'spellings') },
    UNIT_NONSTANDARD: { name: 'Nonstandard unit names', distinct: (n) => countOf(n, 'spelling', 'spellings') },
    UNIT_DUPLICATE: { name: 'Units listed twice', distinct: (n) => countOf(n, 'unit', 'units') },
    UNIT_LEAD_AND_SUPPORT: { name: 'Units both leading and supporting', distinct: (n) => countOf(n, 'unit', 'units') },
    DISTRICT_OMITTED: { name: 'Districts left out', distinct: (n) => countOf(n, 'district', 'districts') },
    QUOTA_UNIT_NOT_RESPONSIBLE: { name: 'Shares given to units not responsible', distinct: null },
    QUOTA_SUM_MISMATCH: { name: 'Shares not adding up to the total', distinct: null },
    QUOTA_SHARE_MISSING: { name: 'Missing shares', distinct: null },
    DEADLINE_MISSING: { name: 'No deadline', distinct: null },
    DEADLINE_UNPARSED: { name: 'Unreadable deadlines', distinct: (n) => countOf(n, 'spelling', 'spellings') },
    DEADLINE_OVERDUE: { name: 'Overdue and not done', distinct: null },
    DEADLINE_DUE_SOON: { name: 'Due soon', distinct: null },
    CELL_ERROR_VALUE: { name: 'Error values in cells', distinct: (n) => countOf(n, 'error value', 'error values') },
    LEAD_FROM_UNITS: { name: 'Led by their responsible units', distinct: null },
  },
  places: (count) => countOf(count, 'place', 'places'),
  headingSeparator: ' · ',
  terms: {
    planYear: 'Plan year',
    asOf: 'As-of date',
    taskState: 'Task state',
    asOfDate,
    planYearOf,
  },
};
