import { daysBetween } from '../dates/daysBetween';
import type { Deadline, TaskState } from '../model';
import { isDoneStatus } from './isDoneStatus';

/**
 * Where a task stands on `asOf` (YYYY-MM-DD; a malformed one throws RangeError). A done status wins over any
 * deadline; open-ended and recurring deadlines are never late; a due day is `dueSoon` from `dueSoonDays` days before
 * it up to the day itself, and `overdue` from the day after.
 */
export function taskState(deadline: Deadline, status: string, asOf: string, dueSoonDays: number): TaskState {
  if (isDoneStatus(status)) return 'done';
  if (deadline.kind === 'ongoing' || deadline.kind === 'recurring') return 'ongoing';
  if (deadline.kind !== 'date' || deadline.due === null) return 'unknown';
  const daysLeft = daysBetween(asOf, deadline.due);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueSoonDays ? 'dueSoon' : 'onTrack';
}
