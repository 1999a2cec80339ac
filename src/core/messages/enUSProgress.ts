// English: the progress findings, their kinds, and the texts of the return workbook, the progress sheets and the
// bulletin.
import type { FindingCode } from '../model';
import type { FindingKindText, FindingText } from './catalog';
import { countOf } from './formatCount';
import { percentText } from './percentText';
import type { BulletinFacts, ChangeFacts, ProgressTexts } from './progressCatalog';

type ProgressCode = Extract<FindingCode, `PROGRESS_${string}` | `RETURN_${string}`>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const who = (unit: string | null): string => (unit === null ? '' : `"${unit}": `);

function periodLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `${quarter[1]} Q${quarter[2]}` : period;
}

export const EN_PROGRESS_FINDINGS: { readonly [C in ProgressCode]: FindingText<C> } = {
  PROGRESS_BEHIND: {
    message: (f) => {
      // A lag the unit states is what it says, whatever its percentage.
      if (f.percent !== null && f.expected !== null && !f.stated) return `${who(f.unit)}progress ${percentText(f.percent)} is behind the expected ${percentText(f.expected)} (序时进度).`;
      const figures = [f.percent === null ? '' : `reported ${percentText(f.percent)}`, f.expected === null ? '' : `expected ${percentText(f.expected)}`].filter((p) => p !== '').join(', ');
      return `${who(f.unit)}progress is reported behind schedule${figures ? ` (${figures})` : ''}.`;
    },
    suggestion: () => 'Ask the lead unit for the reasons and how it will catch up.',
  },
  PROGRESS_RATE_MISMATCH: {
    message: (f, amount) => `${who(f.unit)}the rate reads ${percentText(f.stated)}, but actual ${amount(f.actual, f.measure)} ÷ target ${amount(f.target, f.measure)} is ${percentText(f.computed)}.`,
    suggestion: () => 'Check the actual, the target and the rate.',
  },
  PROGRESS_NOT_REPORTED: {
    message: (f) => {
      if (f.unit === null) return 'No progress for this period.';
      const period = f.period === null ? 'this period' : `this period (${f.period})`;
      return f.returned ? `"${f.unit}" returned the sheet for ${period} without progress for this task.` : `"${f.unit}" sent no return for ${period}.`;
    },
    suggestion: (f) => (f.unit === null ? 'Fill in this period’s progress.' : `Remind "${f.unit}".`),
  },
  PROGRESS_TARGET_MISSED: {
    message: (f, amount) => `${who(f.unit)}actual ${amount(f.actual, f.measure)} ${f.lowerIsBetter ? 'is above' : 'falls short of'} the target ${amount(f.target, f.measure)}, and the deadline (${f.due}) has passed.`,
    suggestion: () => 'Check the result and ask why the target was missed.',
  },
  PROGRESS_TARGET_EXCEEDED: {
    message: (f, amount) => `${who(f.unit)}actual ${amount(f.actual, f.measure)} exceeds the target ${amount(f.target, f.measure)} (${percentText((f.actual / f.target) * 100)}).`,
    suggestion: () => 'Check that the actual is written correctly.',
  },
  PROGRESS_CONFLICT: {
    message: (f) => `"${f.doneBy}" reports the task done while the supporting unit "${f.laggingBy}" reports it behind.`,
    suggestion: () => 'Check that the task is really done.',
  },
  PROGRESS_PAST_YEAR_END: {
    message: (f) => `No readable deadline of its own: judged by the plan year's end (${f.due}), ${f.days} days ago, and the progress does not report it done.`,
    suggestion: () => 'Check whether it is done; if it is, say so in the progress (已完成).',
  },
  RETURN_NOT_RESPONSIBLE: {
    message: (f) => `"${f.unit}" reported on this task (${f.file}, row ${f.returnRow}) but neither leads nor supports it.`,
    suggestion: () => 'Check who sent the report.',
  },
  RETURN_TEXT_CHANGED: {
    message: (f) => `The return of "${f.unit}" changed this task's text to "${f.written}" (${f.file}, row ${f.returnRow}).`,
    suggestion: () => 'The plan’s text stands; check that the report is about this task.',
  },
  RETURN_ROW_UNMATCHED: {
    message: (f) => `${f.unit === null ? '' : `"${f.unit}": `}${f.file}, row ${f.returnRow} (${f.no ? `no. ${f.no}, ` : ''}"${f.text.length > 40 ? `${f.text.slice(0, 40)}…` : f.text}") matches no task of the plan and was not merged.`,
    suggestion: () => 'Check the row’s number and task text.',
  },
  RETURN_NOT_RECOGNIZED: {
    message: (f) => `${f.file} is no progress return (no column such as 本期进展情况) and was not merged.`,
    suggestion: () => 'Use the sheets that Progress returns writes.',
  },
  RETURN_OTHER_PERIOD: {
    message: (f) => `${f.file} is the return for ${f.period}, not for this period (${f.expected}), and was not merged.`,
    suggestion: () => 'Ask the unit for this period’s return.',
  },
  RETURN_DUPLICATE: {
    message: (f) => `"${f.unit}" reported on this task twice: ${f.file} is used, ${f.earlier} is not.`,
    suggestion: () => null,
  },
  RETURN_SENDER_UNKNOWN: {
    message: (f) => `${f.file} is a progress return, but it does not say which unit sent it (no unit of the table in its title or file name): not merged.`,
    suggestion: () => 'Name the unit in the file name or the title, e.g. "2023-11 进展报送 市人社局.xlsx".',
  },
  RETURN_VALUE_UNREADABLE: {
    message: (f) => `"${f.unit}" wrote the actual "${f.written}" in ${f.file}, cell ${f.cell}: ${f.negative ? 'it is below zero' : 'it is no number'}, so it was not merged.`,
    suggestion: () => 'Write a number in the measure given, e.g. 8000.',
  },
};

export const EN_PROGRESS_KINDS: { readonly [C in ProgressCode]: FindingKindText } = {
  PROGRESS_BEHIND: { name: 'Behind schedule', distinct: null },
  PROGRESS_RATE_MISMATCH: { name: 'Rates not matching actual ÷ target', distinct: null },
  PROGRESS_NOT_REPORTED: { name: 'Progress not reported', distinct: (n) => countOf(n, 'unit', 'units') },
  PROGRESS_TARGET_MISSED: { name: 'Targets missed at the deadline', distinct: null },
  PROGRESS_TARGET_EXCEEDED: { name: 'Targets exceeded', distinct: null },
  PROGRESS_CONFLICT: { name: 'Lead and supporting units disagree', distinct: null },
  PROGRESS_PAST_YEAR_END: { name: 'Not done at the plan year’s end', distinct: null },
  RETURN_NOT_RESPONSIBLE: { name: 'Reports on another unit’s task', distinct: null },
  RETURN_TEXT_CHANGED: { name: 'Task text changed in a return', distinct: null },
  RETURN_ROW_UNMATCHED: { name: 'Return rows matching no task', distinct: null },
  RETURN_NOT_RECOGNIZED: { name: 'Files that are no returns', distinct: null },
  RETURN_OTHER_PERIOD: { name: 'Returns for another period', distinct: null },
  RETURN_DUPLICATE: { name: 'Reported twice', distinct: null },
  RETURN_SENDER_UNKNOWN: { name: 'Returns without a sender', distinct: null },
  RETURN_VALUE_UNREADABLE: { name: 'Actuals that cannot be read', distinct: null },
};

const LIGHT_EN = { red: 'Red', yellow: 'Yellow', green: 'Green', done: 'Done', none: '' } as const;

function change(f: ChangeFacts): string {
  const parts: string[] = [];
  if (f.lightBefore !== f.lightNow) parts.push(`${LIGHT_EN[f.lightBefore ?? 'none'] || 'none'} → ${LIGHT_EN[f.lightNow ?? 'none'] || 'none'}`);
  if (f.sameText) parts.push('same text as last time');
  return parts.join('; ');
}

function bulletin(f: BulletinFacts): string {
  const [y, m, d] = f.asOf.split('-').map(Number);
  const date = `${d} ${MONTHS[(m ?? 1) - 1]}${y === f.planYear ? '' : ` ${y}`}`;
  const share = f.total === 0 ? '0%' : percentText((f.done / f.total) * 100);
  const overdue = f.behind.filter((b) => b.overdue).length;
  const head = `As of ${date}, of ${countOf(f.total, 'key task', 'key tasks')} ${f.done} ${f.done === 1 ? 'is' : 'are'} done (${share}) and ${f.onSchedule} on schedule${f.dueSoon > 0 ? ` (${f.dueSoon} of them due soon)` : ''}`;
  if (f.behind.length === 0) return `${head}; none is behind.`;
  const list = f.behind.map((b) => `no. ${b.no} (${b.lagging.slice(0, 3).join(', ')}${b.lagging.length > 3 ? ' …' : ''})`).join(', ');
  return `${head}; ${f.behind.length} ${f.behind.length === 1 ? 'is' : 'are'} behind${overdue > 0 ? ` (${overdue} overdue)` : ''}: ${list}.`;
}

export const EN_PROGRESS: ProgressTexts = {
  light: LIGHT_EN,
  returnState: { done: 'Done', ongoing: 'Ongoing', lagging: 'Lagging', notStarted: 'Not started' },
  periodLabel,
  returnTitle: (period, unit) => `Progress return, ${periodLabel(period)} (${unit})`,
  returnFileName: (period, unit) => `${period} progress return ${unit}.xlsx`,
  returnsArchiveName: (period) => `${period} progress returns.zip`,
  returnSheetName: 'Progress return',
  returnHeaders: {
    key: 'Task key',
    no: 'No.',
    task: 'Task',
    role: 'Role',
    lead: 'Lead units',
    support: 'Supporting units',
    deadline: 'Deadline',
    target: 'Target',
    measure: 'Measure',
    progress: 'Progress this period',
    actual: 'Actual',
    state: 'State',
    problems: 'Problems',
    nextSteps: 'Next steps',
  },
  noTarget: '—',
  progressHeaders: {
    key: 'Task key',
    no: 'No.',
    task: 'Task',
    lead: 'Lead units',
    deadline: 'Deadline',
    expected: 'Expected (序时进度)',
    light: 'Light',
    figures: 'Actual/target',
    problems: 'Problems',
    nextSteps: 'Next steps',
    change: 'Change since last period',
    period: (period) => `${period} progress`,
  },
  unitProgressHeaders: {
    unit: 'Unit',
    led: 'Tasks led',
    done: 'Done',
    onSchedule: 'On schedule',
    behind: 'Behind',
    overdue: 'Overdue',
    notReported: 'Not reported',
    completionRate: 'Completion rate',
  },
  reportLine: (unit, state, text) => `${unit}${state ? ` (${state})` : ''}${text ? `: ${text}` : ''}`,
  notReported: 'not reported',
  lightLegend: 'Lights: Red = overdue and not done; Yellow = behind schedule or due soon; Green = on schedule; Done = closed.',
  closedIn: (period) => `reported done in ${periodLabel(period)}`,
  change,
  figures: (actual, target) => (actual === null ? '' : target === null ? String(actual) : `${actual}/${target}`),
  bulletinTitle: 'Progress bulletin',
  bulletin,
  progressTitle: (period) => `Progress of the key tasks${period ? `, ${periodLabel(period)}` : ''}`,
  unitProgressTitle: (period) => `Progress by unit${period ? `, ${periodLabel(period)}` : ''}`,
  unitTotalsNote: (tasks) => `Totals add up the units: a task with several lead units counts once for each (${countOf(tasks, 'task', 'tasks')} in the table).`,
};
