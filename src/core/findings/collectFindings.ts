// Runs every check over the analysed tasks. Each check is a pure function in its own module.
import type { ColumnMap } from '../model';
import type { TableLayout } from '../table/tableLayout';
import type { AnalyzedTask } from './analyzedTask';
import { cellErrorFindings } from './cellErrorFindings';
import { deadlineFindings } from './deadlineFindings';
import { districtFindings } from './districtFindings';
import type { FindingDraft } from './findingFacts';
import { leadFindings } from './leadFindings';
import { quotaFindings } from './quotaFindings';
import { repeatedHeaders } from './tableFindings';
import { taskNumberFindings } from './taskNumberFindings';
import { taskTextFindings } from './taskTextFindings';
import { unitNameFindings } from './unitNameFindings';
import { unitRepeatFindings } from './unitRepeatFindings';

export interface FindingContext {
  readonly layout: TableLayout;
  readonly tasks: readonly AnalyzedTask[];
  readonly registryDistricts: readonly string[];
  readonly asOf: string;
}

export function collectFindings({ layout, tasks, registryDistricts, asOf }: FindingContext): FindingDraft[] {
  const columns: ColumnMap = layout.columns;
  return [
    ...repeatedHeaders(layout),
    ...taskNumberFindings(tasks, columns),
    ...taskTextFindings(tasks, columns),
    ...leadFindings(tasks, columns),
    ...unitNameFindings(tasks),
    ...unitRepeatFindings(tasks),
    ...districtFindings(tasks, registryDistricts, columns),
    ...quotaFindings(tasks, registryDistricts, columns),
    ...deadlineFindings(tasks, columns, asOf),
    ...cellErrorFindings(tasks),
  ];
}
