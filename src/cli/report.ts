// The short human report: counts by severity and by state (per finding), then one line per group of repeated
// findings, errors first, so a table with the same misspelling in every row still reads in one screen.
import { type CheckResult, countTasks, type FindingGroup, groupRepeatedFindings, type Lang, messagesFor, SEVERITIES, TASK_STATES, worstFirst } from '../core';
import { CLI_MESSAGES } from './messages';

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): [K, number][] {
  return keys.map((key): [K, number] => [key, values.filter((v) => v === key).length]).filter(([, n]) => n > 0);
}

function place(group: FindingGroup, lang: Lang): string {
  const text = CLI_MESSAGES[lang].report;
  const [first] = group.places;
  if (!first) return text.wholeTable;
  const label = first.kind === 'cell' ? first.cell : messagesFor(lang).findingRow(first.row);
  return group.places.length === 1 ? label : text.andMore(label, group.places.length - 1);
}

export function formatReport(result: CheckResult, lang: Lang): string {
  const core = messagesFor(lang);
  const text = CLI_MESSAGES[lang].report;
  const severities = countBy(SEVERITIES, result.findings.map((f) => f.severity));
  const states = countBy(TASK_STATES, result.tasks.map((t) => t.state));
  const lines = [
    `${text.heading(result.sheet, result.asOf, result.planYear)}${text.countSeparator}${text.tasks(countTasks(result.tasks))}`,
    text.bySeverity + severities.map(([s, n]) => `${core.severity[s]} ${n}`).join(text.countSeparator),
    text.byState + states.map(([s, n]) => `${core.state[s]} ${n}`).join(text.countSeparator),
  ];
  if (result.findings.length === 0) return [...lines, text.noFindings].join('\n') + '\n';
  lines.push(text.findings);
  for (const group of worstFirst(groupRepeatedFindings(result.findings))) {
    const parts = [place(group, lang), group.code, group.message];
    if (group.suggestion) parts.push(text.suggestion(group.suggestion));
    lines.push(`  ${parts.join('  ')}`);
  }
  return lines.join('\n') + '\n';
}
