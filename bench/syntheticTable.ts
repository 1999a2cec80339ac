// Task tables of any length built from the seed's rows, varied the way real tables vary (docs/domain.md): unit
// spellings that are nonstandard, dated, mistyped or unknown; separators; duplicates; quotas whose parts do or do not
// add up; every deadline form; statuses; 序号 missing or repeated; continuation rows of a merged task cell; section
// rows; the header repeated at each page break with a blank row before it. Deterministic for a given seed.
import type { CellValue, SheetGrid } from '../src/core/model';
import { seedRows } from '../tests/fixtures/seedGrid';
import { createPrng, type Prng } from './prng';
import variations from './data/variations.json';

interface SeedTask {
  readonly text: string;
  readonly lead: readonly string[];
  readonly support: readonly string[];
}

type Weighted<T> = readonly (readonly [T, number])[];

const DEADLINES = variations.deadlines as unknown as Weighted<string>;
const STATUSES = variations.statuses as unknown as Weighted<string>;
const SEPARATORS = variations.separators as unknown as Weighted<string>;
const SPELLINGS: Readonly<Record<string, readonly string[] | undefined>> = variations.unitSpellings;
const DATE_DEADLINE = '@date';

function seedTasks(): SeedTask[] {
  const tokens = (cell: string | undefined): string[] => (cell ?? '').split(/\s+/).filter((t) => t !== '');
  return seedRows()
    .filter((cells) => /^\d+$/.test(cells[0] ?? ''))
    .map((cells) => ({ text: cells[1] ?? '', lead: tokens(cells[2]), support: tokens(cells[3]) }));
}

function unitCell(prng: Prng, units: readonly string[]): string {
  const written: string[] = [];
  for (const unit of units) {
    const others = SPELLINGS[unit];
    written.push(others && prng.chance(variations.unitVariantShare) ? prng.pick(others) : unit);
    if (prng.chance(variations.duplicateUnitShare)) written.push(unit);
  }
  if (prng.chance(variations.extraUnitShare)) written.push(prng.pick(variations.extraUnits));
  const separator = prng.weighted(SEPARATORS);
  return written.join(separator);
}

function quotaText(prng: Prng, year: number): string {
  const template = prng.pick(variations.quotaTemplates);
  const amounts: Record<string, number> = { a: prng.int(1, 90) * 100, b: prng.int(1, 90) * 100, c: prng.int(1, 90) * 100 };
  const coefficients: readonly [string, number | undefined][] = Object.entries(template.total ?? {});
  let total = coefficients.reduce((sum, [name, times]) => sum + (times ?? 0) * (amounts[name] ?? 0), 0);
  if (prng.chance(variations.quotaTotalOffShare)) total += prng.int(1, 9) * 100;
  return template.text.replace(/\{(\w+)\}/g, (_, name: string) => String(name === 'total' ? total : name === 'year' ? year : (amounts[name] ?? '')));
}

function deadlineCell(prng: Prng, year: number): CellValue {
  const form = prng.weighted(DEADLINES);
  if (form !== DATE_DEADLINE) return form === '' ? null : form;
  return new Date(Date.UTC(year, prng.int(0, 11), prng.int(1, 28)));
}

export interface SyntheticTable {
  readonly sheet: SheetGrid;
  readonly taskRows: number;
}

/** A sheet with `taskRows` task rows (plus its title, headers, blank and section rows). */
export function syntheticTaskTable(taskRows: number, seed: number): SyntheticTable {
  const prng = createPrng(seed);
  const tasks = seedTasks();
  const districtTasks = tasks.filter((task) => task.lead.some((unit) => unit.startsWith(variations.quotaLeadPlace)));
  const year = variations.planYear;
  const width = variations.header.length;
  const grid: CellValue[][] = [[variations.title.replace('{year}', String(year)).replace('{part}', String(taskRows))], [], [...variations.header]];
  let no = 0;
  for (let i = 0; i < taskRows; i += 1) {
    if (grid.length % variations.rowsPerPage === 0) grid.push([], [...variations.header]);
    if (i > 0 && i % variations.rowsPerSection === 0) grid.push([prng.pick(variations.sections)]);
    const continuation = i > 0 && prng.chance(variations.continuationShare);
    if (!continuation && (no === 0 || !prng.chance(variations.duplicateNoShare))) no += 1;
    const written: CellValue = continuation || prng.chance(variations.missingNoShare) ? null : no;
    const withQuota = !continuation && prng.chance(variations.quotaShare);
    // A quota names districts, so it goes with the units of a task the districts lead.
    const task = prng.pick(withQuota ? districtTasks : tasks);
    const text = continuation ? null : withQuota ? quotaText(prng, year) : task.text;
    const support = unitCell(prng, task.support);
    grid.push([written, text, unitCell(prng, task.lead), support === '' ? null : support, deadlineCell(prng, year), prng.weighted(STATUSES) || null]);
  }
  return { sheet: { name: '分工方案', grid: grid.map((row) => row.slice(0, width)) }, taskRows };
}
