// The table's own level and place, as a clerk tells them: from the title first (2024年金东区政府民生实事任务分解方案 is
// 金东区's; 区政府重点民生实事 a district's), else from its units: units written 市… or naming districts and counties
// make a city table (and the city those districts belong to its place), units written 区…/县… or naming towns and
// streets a district or county table. A table whose units carry no level (教育局, 民政局) and name towns is a
// district's, read at that level.
import type { AdminLevel, TableLevel } from '../model';
import { normalizeProse } from '../quotas/normalizeProse';
import { normalizePunctuation } from '../units/normalizePunctuation';
import { splitOutsideBrackets } from '../units/splitOutsideBrackets';
import { unitWords } from '../units/unitCellWords';
import { departmentForm, townForm } from '../units/unitForms';
import { countiesOf, type Division, divisionsIn, placeAtStart } from './divisions';

/** Unit cells looked at: the level shows within the first rows. */
const SAMPLE_CELLS = 600;
const SEPARATORS: ReadonlySet<string> = new Set([' ', '、', '，', '；']);
const ORGAN_IN_TITLE = /(省|市|区|县|镇|乡|街道)(?:人民政府|政府|委员会|党委|委)/;
const LEVEL_OF_WORD: Readonly<Record<string, AdminLevel>> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county', 镇: 'town', 乡: 'town', 街道: 'town' };

function adminLevel(division: Division): AdminLevel {
  return division.level;
}

export function summaryLevelOf(level: AdminLevel | null): TableLevel['summaryLevel'] {
  return level === 'district' || level === 'county' || level === 'town' ? 'town' : 'county';
}

/** The place a title names: its first division, or a district of it named right after (金华市金东区 → 金东区). */
function placeInTitles(titles: readonly string[]): Division | null {
  for (const title of titles) {
    const found = divisionsIn(normalizeProse(title)).filter((d) => d.level !== 'town');
    const first = found[0];
    if (first === undefined) continue;
    return found.find((d) => d.parent === first.name) ?? first;
  }
  return null;
}

function levelInTitles(titles: readonly string[]): AdminLevel | null {
  for (const title of titles) {
    const match = ORGAN_IN_TITLE.exec(normalizeProse(title));
    if (match) return LEVEL_OF_WORD[match[1] as string] ?? null;
  }
  return null;
}

interface Votes {
  readonly levels: Map<AdminLevel, number>;
  /** Cities whose districts or counties the units name, and places named by a short name (崇川经济开发区). */
  readonly places: Map<string, { division: Division; count: number }>;
}

function vote<K>(map: Map<K, number>, key: K, count: number): void {
  map.set(key, (map.get(key) ?? 0) + count);
}

function votePlace(votes: Votes, division: Division, count: number): void {
  const entry = votes.places.get(division.name);
  if (entry) entry.count += count;
  else votes.places.set(division.name, { division, count });
}

function readPiece(piece: string, votes: Votes, prefer: (d: Division) => boolean, count: number): void {
  const full = placeAtStart(piece, false, prefer);
  if (full && (full.division.level === 'district' || full.division.level === 'county')) {
    vote(votes.levels, 'city', count);
    const city = full.division.parent === null ? null : placeAtStart(full.division.parent, false)?.division;
    if (city) votePlace(votes, city, count);
    return;
  }
  if (townForm(piece)) {
    vote(votes.levels, 'town', count);
    return;
  }
  const level = departmentForm(piece)?.level ?? null;
  if (level !== null) {
    vote(votes.levels, LEVEL_OF_WORD[level] ?? 'city', count);
    return;
  }
  // A short name before an institution: 杭州城西科创产业集聚区管委会 is 杭州's, 崇川经济开发区 崇川区's.
  const short = placeAtStart(piece, true, prefer);
  if (short?.short && piece.length > short.written.length + 1) votePlace(votes, short.division, count);
}

/**
 * The level the units vote for. Towns and streets (voted as 'town') lie below a district and a county alike: they count
 * for whichever of the two the units name, and against a city or province.
 */
function levelOfVotes(votes: ReadonlyMap<AdminLevel, number>): AdminLevel | null {
  const of = (level: AdminLevel): number => votes.get(level) ?? 0;
  const upper = of('city') + of('province');
  const lower = of('district') + of('county') + of('town');
  if (upper === 0 && lower === 0) return null;
  if (upper > lower) return of('province') > of('city') ? 'province' : 'city';
  return of('county') > of('district') ? 'county' : 'district';
}

/** The table's level and place from its titles (title rows, then the sheet name) and its unit cells. */
export function tableLevel(titles: readonly string[], unitCells: readonly string[]): TableLevel {
  const titled = placeInTitles(titles);
  const titledLevel = titled === null ? levelInTitles(titles) : adminLevel(titled);
  const votes: Votes = { levels: new Map(), places: new Map() };
  const prefer = (d: Division): boolean => titled !== null && (d.parent === titled.name || d.name === titled.name);
  // Each distinct piece votes once per cell it stands in; pieces repeat from cell to cell and are read once.
  const cells = new Map<string, number>();
  for (const cell of unitCells.slice(0, SAMPLE_CELLS)) if (cell !== '') cells.set(cell, (cells.get(cell) ?? 0) + 1);
  const pieces = new Map<string, number>();
  for (const cell of cells.keys()) {
    for (const written of splitOutsideBrackets(normalizePunctuation(cell), SEPARATORS)) {
      const piece = unitWords(written).text;
      if (piece !== '') pieces.set(piece, (pieces.get(piece) ?? 0) + 1);
    }
  }
  for (const [piece, count] of pieces) readPiece(piece, votes, prefer, count);
  const level = titledLevel ?? levelOfVotes(votes.levels);
  if (titled !== null) return { level, place: titled.name, summaryLevel: summaryLevelOf(level) };
  const places = [...votes.places.values()].filter((p) => level === null || p.division.level === level || (level === 'city' && p.division.level === 'city'));
  const place = places.sort((a, b) => b.count - a.count)[0]?.division.name ?? null;
  return { level, place, summaryLevel: summaryLevelOf(level) };
}

/** The districts and counties of the table's place when it is a city (or a municipality), in division order. */
export function countiesOfPlace(level: TableLevel): readonly string[] {
  if (level.place === null || level.summaryLevel !== 'county') return [];
  return countiesOf(level.place)
    .filter((d) => d.level === 'district' || d.level === 'county')
    .map((d) => d.name);
}
