// Whatever a deadline cell says, a due day is a real calendar day, and a cell that names no year never puts the due
// day before the plan year (a task must not turn red for a year nobody wrote).
import fc from 'fast-check';
import { lastDayOfMonth } from '../../src/core/dates/lastDayOfMonth';
import { parseIsoDate } from '../../src/core/dates/parseIsoDate';
import { parseDeadline } from '../../src/core/deadlines/parseDeadline';
import { toHalfWidth } from '../../src/core/deadlines/toHalfWidth';
import { anyText, PROPERTY_RUNS } from './vocabulary';

const planYear = fc.integer({ min: 2000, max: 2098 });
const MONTHS = [...Array.from({ length: 12 }, (_, i) => String(i + 1)), '一', '七', '十一', '十二', '１２', '０７'];
const DAYS = ['1', '10', '15', '25', '28', '29', '30', '31', '32', '０５'];

/** Year-less deadlines as tables write them: 7月底前, 11月25日前, 三季度末, 上半年, 次年3月底前, and junk around them. */
const yearlessDeadline = fc
  .tuple(
    fc.constantFrom('', '次年', '明年', '今年'),
    fc.constantFrom(...MONTHS),
    fc.constantFrom('月底前', '月底', '月', '月上旬', '月中旬', '月下旬', '月末', '月份'),
    fc.option(fc.constantFrom(...DAYS)),
    fc.constantFrom('', '日前', '日', '前', '完成', '，持续推进', '，每月报送'),
  )
  .map(([year, month, part, day, tail]) => (day === null ? `${year}${month}${part}${tail}` : `${year}${month}月${day}${tail || '日前'}`));
const yearlessWords = fc.constantFrom('全年', '年底前', '年内', '上半年', '下半年', '第三季度', '三季度末', '一季度', '年中', '12月底前');
const anyYearless = fc.oneof(yearlessDeadline, yearlessWords, anyText);

/** Names no year in digits (after full-width digits are read as digits), so the plan year applies. */
function namesNoYear(text: string): boolean {
  return !/\d{4}/.test(toHalfWidth(text));
}

describe('parseDeadline', () => {
  it('gives a due day that is a real calendar day in ISO form, whatever the cell says', () => {
    fc.assert(
      fc.property(fc.oneof(anyYearless, fc.tuple(fc.integer({ min: 1990, max: 2100 }), yearlessDeadline).map(([y, d]) => `${y}年${d}`)), planYear, (text, year) => {
        const { due } = parseDeadline(text, year);
        if (due !== null) {
          expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(parseIsoDate(due)).not.toBeNull();
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('puts a year-less deadline in the plan year or later', () => {
    fc.assert(
      fc.property(anyYearless.filter(namesNoYear), planYear, (text, year) => {
        const { due } = parseDeadline(text, year);
        if (due !== null) expect(Number(due.slice(0, 4))).toBeGreaterThanOrEqual(year);
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads N月底前 as the last day of month N of the plan year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), planYear, (month, year) => {
        const expected = `${year}-${String(month).padStart(2, '0')}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
        expect(parseDeadline(`${month}月底前`, year)).toEqual({ text: `${month}月底前`, due: expected, kind: 'date' });
      }),
      PROPERTY_RUNS,
    );
  });
});
