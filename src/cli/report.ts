// The short human report: counts by severity and by task state, then the findings by kind in plain words, errors
// first, each kind with a few examples (a repeated finding once, with how many cells have it), as the task pane shows
// them. A table with the same misspelling in every row still reads in one screen.
import {
  countTasks,
  formatCount,
  taskStateCounts,
  groupFindings,
  kindHeading,
  planYearOver,
  messagesFor,
  PROGRESS_LIGHTS,
  SEVERITIES,
  TASK_STATES,
  type CheckResult,
  type FindingGroup,
  type GroupedFindingKind,
  type Lang,
  type TaskState,
} from '../core';
import { CLI_MESSAGES } from './messages';

/** Examples shown under each kind; the rest are counted. */
export const EXAMPLES_PER_KIND = 3;

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): [K, number][] {
  return keys.map((key): [K, number] => [key, values.filter((v) => v === key).length]).filter(([, n]) => n > 0);
}

function place(group: FindingGroup, lang: Lang): string {
  const text = CLI_MESSAGES[lang].report;
  const first = group.firstPlace;
  if (!first) return text.wholeTable;
  const label = first.kind === 'cell' ? first.cell : messagesFor(lang).findingRow(first.row);
  return group.placeCount === 1 ? label : text.andMore(label, group.placeCount - 1);
}

function kindLines(kind: GroupedFindingKind, lang: Lang): string[] {
  const core = messagesFor(lang);
  const text = CLI_MESSAGES[lang].report;
  const heading = [core.severity[kind.severity], kindHeading({ ...kind, count: kind.findings.length }, lang)].join(core.headingSeparator);
  const { groups } = kind;
  const lines = [`${heading}  (${kind.code})`];
  for (const group of groups.slice(0, EXAMPLES_PER_KIND)) {
    const parts = [place(group, lang), group.message];
    if (group.suggestion) parts.push(text.suggestion(group.suggestion));
    lines.push(`  ${parts.join('  ')}`);
  }
  if (groups.length > EXAMPLES_PER_KIND) lines.push(`  ${text.more(groups.length - EXAMPLES_PER_KIND)}`);
  return lines;
}

/** `asOfWasToday`: no --as-of was given, so a plan year already over is judged by today, and the report says so. */
export function formatReport(result: CheckResult, lang: Lang, asOfWasToday = false): string {
  const core = messagesFor(lang);
  const text = CLI_MESSAGES[lang].report;
  const severities = countBy(SEVERITIES, result.findings.map((f) => f.severity));
  // Tasks, not rows: a task over several rows counts once, as in the task count beside it.
  const stateCounts = taskStateCounts(result.tasks);
  const states = TASK_STATES.map((state): [TaskState, number] => [state, stateCounts[state]]).filter(([, n]) => n > 0);
  const lines = [
    `${text.heading(result.sheet, result.asOf, result.planYear, result.planYearFrom === 'asOf')}${text.countSeparator}${text.tasks(countTasks(result.tasks))}`,
    text.bySeverity + (severities.length === 0 ? text.none : severities.map(([s, n]) => `${core.severity[s]} ${formatCount(n)}`).join(text.countSeparator)),
    result.columns.deadline === null ? text.noDeadlineColumn : text.byState + states.map(([s, n]) => `${core.state[s]} ${formatCount(n)}`).join(text.countSeparator),
  ];
  // Where there is progress: the tasks by light, each counted once.
  const lights = result.progress?.lights;
  if (lights) {
    const yellow = result.progress?.yellow;
    const counted = PROGRESS_LIGHTS.filter((l) => lights[l] > 0).map((l) => `${core.progress.light[l]} ${formatCount(lights[l])}${l === 'yellow' && yellow ? text.yellowHolds(yellow.behind, yellow.dueSoon) : ''}`);
    lines.push(text.byLight + [...counted, ...(lights.none > 0 ? [text.noLight(lights.none)] : [])].join(text.countSeparator));
  }
  if (result.progress?.heldIn !== undefined && result.progress.period !== null) lines.push(text.heldProgress(result.progress.heldIn, result.progress.period));
  const yearOver = planYearOver(result, asOfWasToday);
  if (yearOver) lines.push(text.planYearOver(yearOver.planYear, yearOver.overdue, yearOver.yearEnd));
  if (result.findings.length === 0) return [...lines, text.noFindings].join('\n') + '\n';
  lines.push(text.findings);
  for (const kind of groupFindings(result.findings)) lines.push(...kindLines(kind, lang));
  return lines.join('\n') + '\n';
}
