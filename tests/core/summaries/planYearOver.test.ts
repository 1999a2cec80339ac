import { checkTaskTable } from '../../../src/core/checkTaskTable';
import type { CellValue } from '../../../src/core/model';
import { periodPastPlanYear, planYearOver } from '../../../src/core/summaries/planYearOver';

const check = (rows: CellValue[][], asOf: string) => checkTaskTable({ name: '分工方案', grid: rows, firstRow: 1, firstColumn: 1 }, { asOf, planYear: 2023 });

describe('planYearOver', () => {
  const rows: CellValue[][] = [
    ['序号', '工作任务', '牵头单位', '完成时限', '进展情况'],
    [1, '新建口袋公园10个', '区城管局', '10月底前', '完成95%'],
    ['', '建设口袋公园配套设施', '区住建局', '', ''],
    [2, '建设智慧菜场2个', '区商务局', '', '完成60%'],
    [3, '修缮文物点3处', '区文旅局', '年底前', '已完成'],
  ];

  it('counts the tasks overdue or lit red, once each, when today is past the plan year', () => {
    expect(planYearOver(check(rows, '2024-01-05'), true)).toEqual({ planYear: 2023, overdue: 2, yearEnd: '2023-12-31' });
  });

  it('is silent within the plan year, for a date the user chose, and where no table was found', () => {
    expect(planYearOver(check(rows, '2023-12-31'), true)).toBeNull();
    expect(planYearOver(check(rows, '2024-01-05'), false)).toBeNull();
    expect(planYearOver(check([['会议纪要']], '2024-01-05'), true)).toBeNull();
  });

  it('is silent when the year being over changes nothing: no task overdue or red', () => {
    const noDeadlines: CellValue[][] = [['序号', '工作任务', '牵头单位'], [1, '新建口袋公园10个', '区城管局']];
    expect(planYearOver(check(noDeadlines, '2024-01-05'), true)).toBeNull();
  });
});

describe('periodPastPlanYear', () => {
  const rows: CellValue[][] = [
    ['序号', '工作任务', '牵头单位', '完成时限'],
    [1, '新建口袋公园10个', '区城管局', '10月底前'],
    [2, '修缮文物点3处', '区文旅局', '年底前'],
  ];

  it('is set for a period that ends after the plan year, whatever the as-of date', () => {
    expect(periodPastPlanYear(check(rows, '2024-01-31'), '2024-01')).toEqual({ planYear: 2023, overdue: 2, yearEnd: '2023-12-31' });
    expect(periodPastPlanYear(check(rows, '2023-11-20'), '2024-Q1')).toEqual({ planYear: 2023, overdue: 1, yearEnd: '2023-12-31' });
  });

  it('is silent for a period within the plan year', () => {
    expect(periodPastPlanYear(check(rows, '2023-12-31'), '2023-12')).toBeNull();
    expect(periodPastPlanYear(check(rows, '2023-12-31'), '2023-Q4')).toBeNull();
  });
});
