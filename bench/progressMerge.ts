// 合并报送 at scale: a table of `units` × `tasksEach` tasks, one return per lead unit filled in as units fill them
// (every row's progress, state and, where asked, its actual), merged back into the table with the command line's
// compression. The table is written as Excel stores it (shared strings); the returns as the tool writes them.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { ZLIB_COMPRESSION } from '../src/cli/zlibCompression';
import { planReturnWorkbooks, type CellValue, type SheetGrid } from '../src/core';
import { checkWorkbookTable, mergeReturnWorkbooks, type ReturnFile } from '../src/xlsx';
import { writeNewWorkbook } from '../src/xlsx/write/newWorkbook';
import { median } from './median';
import { writeTableWorkbook } from './writeTableWorkbook';

export interface MergeTimes {
  readonly returns: number;
  readonly tasksPerReturn: number;
  /** Writing the returns of the period (生成报送表), once. */
  readonly writeReturnsMs: number;
  /** Each measured merge: reading the table and the returns, matching, judging, writing the merged copy. */
  readonly mergeMs: readonly number[];
  readonly medianMs: number;
  readonly mergedBytes: number;
}

const AS_OF = '2023-11-20';
const PERIOD = '2023-11';
/** Two characters per unit name: 市发改局, 市教体局 … 100 departments known by their form. */
const NAME_PARTS = ['发', '教', '科', '工', '民', '财', '交', '农', '商', '文'];

function unitName(i: number): string {
  return `市${NAME_PARTS[Math.floor(i / NAME_PARTS.length) % NAME_PARTS.length]}${NAME_PARTS[i % NAME_PARTS.length]}局`;
}

export function mergeTable(units: number, tasksEach: number): SheetGrid {
  const rows: CellValue[][] = [['2023年重点工作任务分工方案'], ['序号', '工作任务', '牵头单位', '配合单位', '完成时限']];
  for (let i = 0; i < units * tasksEach; i += 1) {
    rows.push([i + 1, `第${i + 1}项：组织开展重点领域专项行动，按月报送推进情况`, unitName(i % units), unitName((i + 1) % units), i % 4 === 0 ? '11月底前' : '年底前']);
  }
  return { name: '分工方案', grid: rows, firstRow: 1, firstColumn: 1 };
}

/** The period's returns, every row filled in: a unit reporting its own tasks and those it supports. */
async function filledReturns(table: Uint8Array): Promise<ReturnFile[]> {
  const { result } = await checkWorkbookTable(table, { asOf: AS_OF, lang: 'zh-CN' });
  return planReturnWorkbooks(result, PERIOD, 'zh-CN').map((plan) => {
    const header = plan.sheet.columns.map((c) => c.header);
    const progress = header.indexOf('本期进展情况');
    const state = header.indexOf('状态');
    const rows = plan.sheet.rows.map((row, i) => row.map((cell, j) => (j === progress ? `已完成阶段任务，累计完成${80 + (i % 20)}%` : j === state ? (i % 7 === 0 ? '滞后' : '推进中') : cell)));
    return { name: plan.fileName, bytes: writeNewWorkbook([{ ...plan.sheet, rows }], { names: plan.names, ...(ZLIB_COMPRESSION ? { compression: ZLIB_COMPRESSION } : {}) }) };
  });
}

export async function mergeTimes(workDir: string, units: number, tasksEach: number, runs: number): Promise<MergeTimes> {
  const file = path.join(workDir, `merge-table-${units}x${tasksEach}.xlsx`);
  await writeTableWorkbook(mergeTable(units, tasksEach), file);
  const table = new Uint8Array(fs.readFileSync(file));
  const written = performance.now();
  const returns = await filledReturns(table);
  const writeReturnsMs = performance.now() - written;
  const mergeMs: number[] = [];
  let mergedBytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const merged = await mergeReturnWorkbooks(table, returns, { asOf: AS_OF, lang: 'zh-CN', period: PERIOD, ...(ZLIB_COMPRESSION ? { compression: ZLIB_COMPRESSION } : {}) });
    mergeMs.push(performance.now() - started);
    mergedBytes = merged.output.length;
  }
  return { returns: returns.length, tasksPerReturn: tasksEach, writeReturnsMs, mergeMs, medianMs: median(mergeMs), mergedBytes };
}
