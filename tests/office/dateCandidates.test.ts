import { dateCandidateAreas } from '../../src/office/dateCandidates';

describe('dateCandidateAreas', () => {
  it('asks for the formats of columns holding numbers a date could be, from the first such row to the last', () => {
    // The seed's columns, placed at B3 on the sheet: 序号 numbers, text, and a 完成时限 column with two serials.
    const values = [
      ['序号', '工作任务', '完成时限'],
      [1, '参加闽宁协作第27次联席会议', 45291],
      [2, '召开闽宁协作工作推进会', '全年'],
      [3, '赴宁夏结对县开展工作对接', 45138],
      [4, '深入实施结对帮扶', '7月底前'],
    ];
    expect(dateCandidateAreas({ area: { top: 2, left: 1, rows: 5, columns: 3 }, values })).toEqual([{ top: 3, left: 3, rows: 3, columns: 1 }]);
  });

  it('asks for none when the deadlines are words and the numbers are row numbers or years', () => {
    const values = [
      ['序号', '年度', '完成时限'],
      [1, 2023, '全年'],
      [36_525, 2024, '10月底前'],
    ];
    expect(dateCandidateAreas({ area: { top: 0, left: 0, rows: 3, columns: 3 }, values })).toEqual([]);
  });
});
