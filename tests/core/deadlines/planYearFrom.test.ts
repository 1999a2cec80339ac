// Where the check took its plan year from, so that a host can say "2023 年度（自动识别）" only when the table named it.
import { checkTaskTable } from '../../../src/core/checkTaskTable';
import type { CellValue } from '../../../src/core/model';

const rows = (title: string | null): CellValue[][] => [
  ...(title === null ? [] : [[title, '', '']]),
  ['序号', '工作任务', '牵头单位'],
  [1, '新建口袋公园10个', '区城管局'],
];
const check = (sheet: string, grid: CellValue[][], planYear?: number) =>
  checkTaskTable({ name: sheet, grid, firstRow: 1, firstColumn: 1 }, { asOf: '2026-12-02', ...(planYear === undefined ? {} : { planYear }) });

describe('CheckResult.planYearFrom', () => {
  it('is the table when its title rows or its sheet name name the year', () => {
    expect(check('Sheet1', rows('2023年重点工作任务分工方案'))).toMatchObject({ planYear: 2023, planYearFrom: 'table' });
    expect(check('2022年任务', rows(null))).toMatchObject({ planYear: 2022, planYearFrom: 'table' });
  });

  it('is the as-of date when nothing names a year, and the settings when the user gave one', () => {
    expect(check('社会事业发展', rows('“十一五”规划工作分解'))).toMatchObject({ planYear: 2026, planYearFrom: 'asOf' });
    expect(check('2022年任务', rows(null), 2021)).toMatchObject({ planYear: 2021, planYearFrom: 'settings' });
  });

  it('is said where no table was found too', () => {
    expect(check('会议纪要', [['会议纪要']])).toMatchObject({ headerRow: null, planYearFrom: 'asOf' });
  });
});
