// The results list as rows for the virtualised list: a heading per kind of finding, its first few findings (all of
// them once the user asks), and the "show all" row; plus the order the 下一个问题 stepper walks, which includes the
// findings a collapsed kind hides, so that stepping never skips one.
import type { Finding, FindingCode } from '../core/model';
import type { FindingKind } from '../core/plan/groupRepeatedFindings';

/** Findings a kind shows before "show all". */
export const COLLAPSED_SIZE = 3;

export type ListRow =
  | { readonly type: 'heading'; readonly key: string; readonly kind: FindingKind }
  | { readonly type: 'finding'; readonly key: string; readonly finding: Finding; readonly step: number }
  | { readonly type: 'toggle'; readonly key: string; readonly code: FindingCode; readonly hidden: number };

export interface FindingRows {
  readonly rows: readonly ListRow[];
  /** Every listed finding in display order: what the stepper walks. */
  readonly steps: readonly Finding[];
  /** For each step, the index of its row, or -1 while its kind is collapsed past it. */
  readonly rowOfStep: readonly number[];
  /** For each step, the kind it belongs to. */
  readonly kindOfStep: readonly FindingCode[];
}

export function findingRows(kinds: readonly FindingKind[], expanded: ReadonlySet<FindingCode>): FindingRows {
  const rows: ListRow[] = [];
  const steps: Finding[] = [];
  const rowOfStep: number[] = [];
  const kindOfStep: FindingCode[] = [];
  for (const kind of kinds) {
    rows.push({ type: 'heading', key: `h:${kind.code}`, kind });
    const open = expanded.has(kind.code) || kind.findings.length <= COLLAPSED_SIZE + 1;
    kind.findings.forEach((finding, i) => {
      const step = steps.length;
      steps.push(finding);
      kindOfStep.push(kind.code);
      if (open || i < COLLAPSED_SIZE) {
        rowOfStep.push(rows.length);
        rows.push({ type: 'finding', key: `f:${kind.code}:${i}`, finding, step });
      } else {
        rowOfStep.push(-1);
      }
    });
    // A kind one longer than the collapsed size is shown whole: a "show 1 more" row would take the same room.
    if (kind.findings.length > COLLAPSED_SIZE + 1) {
      rows.push({ type: 'toggle', key: `t:${kind.code}`, code: kind.code, hidden: open ? 0 : kind.findings.length - COLLAPSED_SIZE });
    }
  }
  return { rows, steps, rowOfStep, kindOfStep };
}
