// A task with everything the checks look at: the row as located, the units as parsed (with the cell each came from
// and the role it plays), and the Task the result reports.
import type { Task } from '../model';
import type { TaskRow } from '../table/tableLayout';
import type { UnitMention } from '../units/parseUnitCell';

export interface PlacedMention {
  readonly mention: UnitMention;
  /** Column letter of the cell the unit was written in. */
  readonly column: string;
  readonly role: 'lead' | 'support';
}

export interface AnalyzedTask {
  readonly source: TaskRow;
  readonly task: Task;
  readonly mentions: readonly PlacedMention[];
}
