// The seed table (tests/fixtures/seedGrid.ts) as the one sheet of a fake Excel workbook (tests/office/fakeExcel.ts),
// for the tests that drive the adapter as a button press would: the pane's host and the ribbon's commands.
import { seedSheetGrid } from '../fixtures/seedGrid';
import { FakeExcel } from './fakeExcel';

export function seedWorkbook(): { excel: FakeExcel; taskSheet: string } {
  const excel = new FakeExcel();
  const seed = seedSheetGrid();
  excel.addSheet(
    seed.name,
    seed.grid.map((row) => row.map((cell) => (cell === null || typeof cell === 'object' ? null : (cell as string | number)))),
  );
  return { excel, taskSheet: seed.name };
}
