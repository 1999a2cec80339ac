// The whole engine on generated tables: a header as the seed plan writes it, then rows of any cells a host can hand
// over. It answers every table, and what it would write stays within Excel's cell limit and links into the sheet.
import fc from 'fast-check';
import { checkTaskTable } from '../../src/core/checkTaskTable';
import type { CellValue } from '../../src/core/model';
import { EXCEL_CELL_TEXT_LIMIT } from '../../src/core/plan/cellTextLimit';
import { planWorkbookOutput } from '../../src/core/plan/planWorkbookOutput';
import { anyText, PROPERTY_RUNS } from './vocabulary';

const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  fc.double(),
  fc.integer({ min: -1000, max: 80000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, { error: '#VALUE!' }),
  fc.constant(null),
);
const table = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 });
/** Title rows above the header, where the plan year is looked for. */
const titles = fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 });

describe('checkTaskTable and planWorkbookOutput on generated tables', () => {
  it('answer every table, with one task per task row and a plan that links and refers only into the task sheet', () => {
    fc.assert(
      fc.property(titles, table, fc.constantFrom('zh-CN', 'en-US') as fc.Arbitrary<'zh-CN' | 'en-US'>, (above, rows, lang) => {
        const result = checkTaskTable({ name: '分工方案', grid: [...above, HEADER, ...rows] }, { asOf: '2023-11-20', lang });
        expect(result.headerRow).toBe(above.length + 1);
        for (const task of result.tasks) expect(task.row).toBeGreaterThan(above.length + 1);
        const plan = planWorkbookOutput(result, { parts: ['highlights', 'findings', 'summaries'], lang, existingSheets: ['分工方案'], ownedSheets: {} });
        for (const sheet of plan.sheets) {
          for (const value of sheet.rows.flat()) {
            if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
            if (value !== null && typeof value === 'object') expect('link' in value ? value.link.sheet : value.copyOf.sheet).toBe('分工方案');
          }
        }
      }),
      { ...PROPERTY_RUNS, numRuns: 150 },
    );
  });
});
