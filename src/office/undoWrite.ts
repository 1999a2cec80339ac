// Nothing half-written: a button's write either completes or leaves the workbook as it was before the click, as far as
// Excel lets it be told. Excel applies a sync's calls in order and keeps those before a failing one (it has no
// rollback), and a write may take several syncs (Excel on the web's 5 MB per request), so the write is ordered to make
// taking it back possible:
//   1. the new highlight rules (and a new marks sheet) go in before the earlier rules of the tool's, which stay;
//   2. the tool's sheets: new ones added, then earlier ones rewritten in place;
//   3. last, the commit: the earlier rules and marks sheet deleted.
// When a sync fails, what reached the workbook is read back. A commit begun (an earlier rule or marks sheet already
// gone) means everything before it was written: the commit is finished. Otherwise the write is taken back: the rules
// it added and the sheets it added are deleted, the earlier rules were never touched. A tool sheet rewritten in place
// whose rewrite had begun but not come back whole cannot get its earlier content back (reading every tool sheet
// before each write to keep a copy would cost as much as writing it): it is deleted, and the message names it.
import { HostError, isOwnedHighlightFormula } from '../core';
import type { XlContext } from './excelTypes';
import { toHostError } from './hostErrors';
import type { OwnedMarks } from './marksSheet';
import type { RequestBatcher } from './requestBatcher';
import { queueRuleDeletes } from './writeHighlights';

/** A sheet of the tool's with the defined name that finds it. */
export interface NamedSheet {
  readonly name: string;
  readonly definedName: string;
}

/** An earlier tool sheet being rewritten in place: its name before, and the name it is written under. */
export interface Rewrite extends NamedSheet {
  readonly previousName: string;
  /** The last sync that carries its calls, once they are all queued. */
  lastBatch: number | null;
}

/** What a write set out to change, kept as it goes so that a failure can be taken back. */
export interface WriteJournal {
  readonly taskSheet: string;
  /** The tool's rules on the task sheet before the click: whatever else of the tool's is there, the write added. */
  readonly ruleIdsBefore: readonly string[];
  /** What the commit deletes, where the press replaces the highlights: the earlier rules and marks sheets. */
  readonly earlierRuleIds: readonly string[];
  readonly earlierMarks: readonly OwnedMarks[];
  /** Every sheet name before the click: nothing of these is ever deleted by taking back. */
  readonly sheetsBefore: readonly string[];
  /** Sheets the write adds (the tool's new sheets, a new marks sheet): deleted when it is taken back. */
  readonly added: NamedSheet[];
  readonly rewrites: Rewrite[];
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Queues the commit: the earlier rules and marks sheets go, now that the new ones are written. */
export function queueCommit(context: XlContext, journal: WriteJournal, remainingRuleIds: readonly string[], remainingMarks: readonly OwnedMarks[]): void {
  const { worksheets, names } = context.workbook;
  queueRuleDeletes(worksheets.getItem(journal.taskSheet), remainingRuleIds);
  for (const marks of remainingMarks) {
    names.getItem(marks.definedName).delete();
    worksheets.getItem(marks.sheet).delete();
  }
}

/** What reached the workbook, read after a failed sync. */
async function readBack(context: XlContext, journal: WriteJournal) {
  const { worksheets, names } = context.workbook;
  worksheets.load({ name: true, position: true, protection: { protected: true } });
  names.load({ name: true, value: true });
  const rules = worksheets.getItem(journal.taskSheet).getRange().conditionalFormats;
  rules.load({ id: true, type: true, customOrNullObject: { rule: { formula: true } } });
  await context.sync();
  const ownedRuleIds = rules.items
    .filter((rule) => !rule.customOrNullObject.isNullObject && isOwnedHighlightFormula(rule.customOrNullObject.rule.formula))
    .map((rule) => rule.id);
  return { sheets: worksheets.items.map((sheet) => sheet.name), names: names.items.map((item) => item.name), ownedRuleIds };
}

/**
 * After a failed write: finishes a commit that had begun (and resolves), or takes the write back and throws the
 * failure as a HostError that says so. Never deletes a sheet that was there before the click, except a tool sheet
 * whose rewrite was cut off.
 */
export async function finishOrUndo(context: XlContext, journal: WriteJournal, batcher: RequestBatcher, failure: unknown): Promise<void> {
  const error = toHostError(failure, { sheet: journal.taskSheet });
  let removed: string[] = [];
  try {
    const now = await readBack(context, journal);
    const has = (list: readonly string[], name: string): boolean => list.some((item) => sameName(item, name));
    const earlierRules = journal.earlierRuleIds.filter((id) => now.ownedRuleIds.includes(id));
    const earlierMarks = journal.earlierMarks.filter((marks) => has(now.sheets, marks.sheet));
    const commitBegun = earlierRules.length < journal.earlierRuleIds.length || earlierMarks.length < journal.earlierMarks.length;
    if (commitBegun) {
      queueCommit(context, journal, earlierRules, earlierMarks);
      await context.sync();
      return;
    }
    const { worksheets, names } = context.workbook;
    queueRuleDeletes(worksheets.getItem(journal.taskSheet), now.ownedRuleIds.filter((id) => !journal.ruleIdsBefore.includes(id)));
    const doomed: NamedSheet[] = journal.added.filter((sheet) => has(now.sheets, sheet.name) && !has(journal.sheetsBefore, sheet.name));
    for (const rewrite of journal.rewrites) {
      const begun = (batcher.firstBatchOf(rewrite.definedName) ?? Number.POSITIVE_INFINITY) <= batcher.sentSyncs;
      const whole = rewrite.lastBatch !== null && rewrite.lastBatch <= batcher.doneSyncs;
      if (!begun || whole) continue;
      const current = [rewrite.name, rewrite.previousName].find((name) => has(now.sheets, name));
      if (current === undefined) continue;
      doomed.push({ name: current, definedName: rewrite.definedName });
      removed.push(current);
    }
    for (const sheet of doomed) {
      if (has(now.names, sheet.definedName)) names.getItem(sheet.definedName).delete();
      worksheets.getItem(sheet.name).delete();
    }
    await context.sync();
  } catch {
    removed = [];
    throw new HostError(error.code, { ...error.where, write: { undone: false, removed } });
  }
  throw new HostError(error.code, { ...error.where, write: { undone: true, removed } });
}
