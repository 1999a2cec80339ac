// The short human report: counts by severity and by state, then one line per finding.
import { type CheckResult, type Finding, type Lang, messagesFor, type Severity, type TaskState } from '../core';
import { CLI_MESSAGES } from './messages';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const STATES: readonly TaskState[] = ['overdue', 'dueSoon', 'onTrack', 'done', 'ongoing', 'unknown'];

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): [K, number][] {
  return keys.map((key): [K, number] => [key, values.filter((v) => v === key).length]).filter(([, n]) => n > 0);
}

function place(finding: Finding, wholeTable: string): string {
  if (finding.row === null) return wholeTable;
  return `${finding.column ?? ''}${finding.row}`;
}

export function formatReport(result: CheckResult, lang: Lang): string {
  const core = messagesFor(lang);
  const text = CLI_MESSAGES[lang].report;
  const severities = countBy(SEVERITIES, result.findings.map((f) => f.severity));
  const states = countBy(STATES, result.tasks.map((t) => t.state));
  const lines = [
    `${text.heading(result.sheet, result.asOf, result.planYear)}${text.countSeparator}${text.tasks(result.tasks.length)}`,
    text.bySeverity + severities.map(([s, n]) => `${core.severity[s]} ${n}`).join(text.countSeparator),
    text.byState + states.map(([s, n]) => `${core.state[s]} ${n}`).join(text.countSeparator),
  ];
  if (result.findings.length === 0) return [...lines, text.noFindings].join('\n') + '\n';
  lines.push(text.findings);
  for (const finding of result.findings) {
    const parts = [place(finding, text.wholeTable), finding.code, finding.message];
    if (finding.suggestion) parts.push(text.suggestion(finding.suggestion));
    lines.push(`  ${parts.join('  ')}`);
  }
  return lines.join('\n') + '\n';
}
