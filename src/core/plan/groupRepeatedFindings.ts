// What people read: a finding repeated in many cells (the same misspelt unit row after row) is said once, with the
// places it occurs. The engine's findings stay one per cell; only their presentation is grouped.
import type { Finding, FindingCode, Severity } from '../model';
import { memoize } from '../memoize';
import { finish } from '../steps';
import { columnNumber } from '../table/columnLetters';

/** Where a finding sits: a cell, or a whole row (a repeated header has no single column). */
export type FindingPlace = { readonly kind: 'cell'; readonly cell: string } | { readonly kind: 'row'; readonly row: number };

export interface FindingGroup {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  readonly suggestion: string | null;
  /** How many findings the group stands for. */
  readonly count: number;
  /** How many places the findings name, each once (a cell, or a whole row); 0 for findings about the whole table. */
  readonly placeCount: number;
  /** The first of them, in the order of the findings. */
  readonly firstPlace: FindingPlace | null;
  /** The findings the group stands for, in the engine's order: their task numbers and units are read from them. */
  readonly findings: readonly Finding[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

interface OpenGroup {
  readonly first: Finding;
  readonly findings: Finding[];
  placeCount: number;
  firstPlace: FindingPlace | null;
  /** The last place counted, as its row and column number (0 for a whole row). */
  lastRow: number;
  lastColumn: number;
  /** Every place counted, by placeOf's key; made only once a finding comes out of the engine's order. */
  counted: Set<string> | null;
}

export function placeOf(finding: Finding): [string, FindingPlace] | null {
  if (finding.row === null) return null;
  if (finding.column === null) return [`${finding.row}`, { kind: 'row', row: finding.row }];
  const cell = `${finding.column}${finding.row}`;
  return [cell, { kind: 'cell', cell }];
}

/**
 * Whether the finding's place is new to its group, the finding already among the group's. In the engine's order (row,
 * then column, a whole row first) a place met again is the group's last one, so most findings cost two comparisons;
 * from the first finding out of that order on, places are looked up among all the group's (placeOf's keys).
 */
function isNewPlace(group: OpenGroup, finding: Finding, row: number, column: number): boolean {
  if (group.counted === null) {
    if (row === group.lastRow && column === group.lastColumn) return false;
    if (row > group.lastRow || (row === group.lastRow && column > group.lastColumn)) {
      group.lastRow = row;
      group.lastColumn = column;
      return true;
    }
    group.counted = new Set(group.findings.slice(0, -1).flatMap((member) => placeOf(member)?.[0] ?? []));
  }
  const key = placeOf(finding)![0];
  if (group.counted.has(key)) return false;
  group.counted.add(key);
  return true;
}

function sameKind(group: OpenGroup, finding: Finding): boolean {
  const { first } = group;
  return first.code === finding.code && first.severity === finding.severity && first.suggestion === finding.suggestion;
}

/** Findings with the same code, severity, message and suggestion as one group each, in order of first appearance. */
export function groupRepeatedFindings(findings: readonly Finding[]): FindingGroup[] {
  return finish(groupRepeatedFindingsSteps(findings));
}

/** The groups, yielding after every `slice` findings. */
export function* groupRepeatedFindingsSteps(findings: readonly Finding[], slice = Number.POSITIVE_INFINITY): Generator<void, FindingGroup[]> {
  // Keyed by the message string as the engine made it: no key is built per finding, which counts at 50,000 findings.
  const byMessage = new Map<string, OpenGroup[]>();
  const groups: OpenGroup[] = [];
  // Findings name few columns: each letter is turned into its number once.
  const columnNumberOf = memoize(columnNumber);
  let done = 0;
  for (const finding of findings) {
    done += 1;
    if (done % slice === 0) yield;
    let alike = byMessage.get(finding.message);
    if (!alike) {
      alike = [];
      byMessage.set(finding.message, alike);
    }
    let group = alike.find((g) => sameKind(g, finding));
    if (!group) {
      group = { first: finding, findings: [], placeCount: 0, firstPlace: null, lastRow: -1, lastColumn: -1, counted: null };
      alike.push(group);
      groups.push(group);
    }
    group.findings.push(finding);
    const { row, column } = finding;
    if (row !== null && isNewPlace(group, finding, row, column === null ? 0 : columnNumberOf(column))) {
      group.placeCount += 1;
      if (group.firstPlace === null) group.firstPlace = placeOf(finding)![1];
    }
  }
  return groups.map(({ first, findings: members, placeCount, firstPlace }) => ({
    code: first.code,
    severity: first.severity,
    message: first.message,
    suggestion: first.suggestion,
    count: members.length,
    placeCount,
    firstPlace,
    findings: members,
  }));
}

/** Errors first, then warnings, then info; within a severity the groups keep their order. */
export function worstFirst(groups: readonly FindingGroup[]): FindingGroup[] {
  return [...groups].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** All findings of one code: what a list grouped by kind shows under one heading (单位写法不规范 · 27 种写法 · 127 处). */
export interface FindingKind {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** The kind's findings in the engine's order (by row). */
  readonly findings: readonly Finding[];
  /** How many different messages they carry: 27 spellings of units among 127 findings. */
  readonly distinct: number;
}

/** Findings by code, worst first; within a severity, kinds in order of first appearance. */
export function groupFindingsByKind(findings: readonly Finding[]): FindingKind[] {
  return finish(groupFindingsByKindSteps(findings));
}

/** The kinds, yielding after every `slice` findings. */
export function* groupFindingsByKindSteps(findings: readonly Finding[], slice = Number.POSITIVE_INFINITY): Generator<void, FindingKind[]> {
  const byCode = new Map<FindingCode, { severity: Severity; findings: Finding[]; messages: Set<string> }>();
  let done = 0;
  for (const finding of findings) {
    done += 1;
    if (done % slice === 0) yield;
    let kind = byCode.get(finding.code);
    if (!kind) {
      kind = { severity: finding.severity, findings: [], messages: new Set() };
      byCode.set(finding.code, kind);
    }
    kind.findings.push(finding);
    kind.messages.add(finding.message);
  }
  const kinds = [...byCode].map(([code, kind]): FindingKind => ({ code, severity: kind.severity, findings: kind.findings, distinct: kind.messages.size }));
  return kinds.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** A kind with its groups of repeated findings: the list the pane, the findings sheet and the command line show. */
export interface GroupedFindingKind extends FindingKind {
  /** The kind's findings grouped (groupRepeatedFindings), in order of first appearance. */
  readonly groups: readonly FindingGroup[];
}

/**
 * A check's findings grouped once per findings list: the write plan's findings sheet and the command line's report
 * show the same grouping of the same result, and grouping half a million findings takes a second.
 */
const groupedKinds = new WeakMap<readonly Finding[], readonly GroupedFindingKind[]>();

/** The findings by kind (groupFindingsByKind), each kind with its groups; computed once per findings list. */
export function groupFindings(findings: readonly Finding[]): readonly GroupedFindingKind[] {
  return finish(groupFindingsSteps(findings));
}

/** As groupFindings, yielding after every `slice` findings. */
export function* groupFindingsSteps(findings: readonly Finding[], slice = Number.POSITIVE_INFINITY): Generator<void, readonly GroupedFindingKind[]> {
  const known = groupedKinds.get(findings);
  if (known !== undefined) return known;
  const kinds = yield* groupFindingsByKindSteps(findings, slice);
  // Groups never mix codes, and a kind's findings keep the engine's order: its groups are the list's groups of its
  // code, in the same order, with the same members.
  const groupsOf = new Map<FindingCode, FindingGroup[]>();
  for (const group of yield* groupRepeatedFindingsSteps(findings, slice)) {
    const same = groupsOf.get(group.code);
    if (same) same.push(group);
    else groupsOf.set(group.code, [group]);
  }
  const grouped = kinds.map((kind): GroupedFindingKind => ({ ...kind, groups: groupsOf.get(kind.code) ?? [] }));
  groupedKinds.set(findings, grouped);
  return grouped;
}
