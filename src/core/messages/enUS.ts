// English texts, on request.
import type { Messages } from './catalog';
import { HEADING_SEPARATOR } from './shortTexts';
import { headerDiagnosisEn, EN_HOST_ERRORS, EN_TERMS } from './enUSHost';
import { EN_PROGRESS_FINDINGS, EN_PROGRESS_KINDS, EN_PROGRESS } from './enUSProgress';
import { formatAmountEn, measureNameEn } from './formatAmount';
import { countOf, formatCount } from './formatCount';

export const EN_US: Messages = {
  findings: {
    TABLE_NOT_FOUND: {
      message: (f) => `No task table header in the first ${f.searchedRows} rows of sheet "${f.sheet}" (${headerDiagnosisEn(f.seen, f.missing)}).`,
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
      message: (f) =>
        `The task names ${formatCount(f.named)} of the table's ${f.level === 'town' ? countOf(f.total, 'town or street', 'towns and streets') : countOf(f.total, 'district', 'districts')} but not "${f.district}".`,
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
    ...EN_PROGRESS_FINDINGS,
  },
  formatAmount: formatAmountEn,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  state: { done: 'Done', overdue: 'Overdue', dueSoon: 'Due soon', onTrack: 'On track', ongoing: 'Ongoing', unknown: 'Unknown' },
  role: { lead: 'Lead', support: 'Support' },
  listSeparator: ', ',
  sheetNames: { findings: 'Findings', districts: 'District summary', unitTasks: 'Unit tasks', progress: 'Progress', unitProgress: 'Unit progress' },
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
    totalsNote: (level, someNotAdded = false) => {
      const places = level === 'town' ? 'towns and streets' : 'districts and counties';
      const quotas = someNotAdded
        ? 'quotas are the sum of the rows above, except rates and ceilings, which do not add up: there the totals row shows the total the table states, if any'
        : `quotas are the sum over the ${places}`;
      return `Note: the totals row counts each task once, however many ${places} share it; ${quotas}.`;
    },
    title: (level) => (level === 'town' ? 'Town and street summary' : 'District summary'),
    noPlaces: (level) => `Note: no ${level === 'town' ? 'town or street' : 'district or county'} is among the lead and supporting units, so there is nothing to summarise.`,
  },
  scaledMeasure: (measure, scale) =>
    scale === 1e8 ? `100 million ${measureNameEn(measure)}` : scale === 1e4 ? `10,000 ${measureNameEn(measure)}` : measureNameEn(measure),
  noFindings: 'No findings.',
  unitTaskHeaders: { unit: 'Unit', category: 'Category', role: 'Role', taskNo: 'No.', task: 'Task', deadline: 'Deadline', due: 'Due date', state: 'Task state' },
  sheetTitle: {
    title: (plan, sheet) => `${plan}: ${sheet}`,
    subtitle: ({ sheet, planYear, asOf, madeAt }) =>
      [`sheet checked: ${sheet}`, ...(planYear === null ? [] : [EN_TERMS.planYearOf(planYear)]), EN_TERMS.asOfDate(asOf), ...(madeAt === null ? [] : [`made ${madeAt}`])].join(HEADING_SEPARATOR),
    page: ['Page ', { field: 'pageNumber' }, ' of ', { field: 'pageCount' }],
  },
  rowsOmitted: (count) => `… ${countOf(count, 'more row passes', 'more rows pass')} Excel's row limit and ${count === 1 ? 'is' : 'are'} not listed.`,
  hostErrors: EN_HOST_ERRORS,
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
    ...EN_PROGRESS_KINDS,
  },
  places: (count) => countOf(count, 'place', 'places'),
  headingSeparator: HEADING_SEPARATOR,
  terms: EN_TERMS,
  progress: EN_PROGRESS,
};
