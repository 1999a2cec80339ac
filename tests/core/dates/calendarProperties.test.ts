// Properties that tie the date helpers together, over the whole range Excel can show.
import fc from 'fast-check';
import { daysBetween } from '../../../src/core/dates/daysBetween';
import { excelSerialToDate } from '../../../src/core/dates/excelSerialToDate';
import { formatIsoDate } from '../../../src/core/dates/formatIsoDate';
import { lastDayOfMonth } from '../../../src/core/dates/lastDayOfMonth';
import { parseIsoDate } from '../../../src/core/dates/parseIsoDate';
import { toIsoDate } from '../../../src/core/dates/toIsoDate';

const calendarDate = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), dayIndex: fc.nat() })
  .map(({ year, month, dayIndex }) => ({ year, month, day: (dayIndex % lastDayOfMonth(year, month)) + 1 }));

describe('date helpers together', () => {
  it('count one day per serial after the 1900 leap-year bug', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        expect(daysBetween('1900-03-01', toIsoDate(excelSerialToDate(serial)))).toBe(serial - 61);
      }),
    );
  });

  it('read back every day they write', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(parseIsoDate(formatIsoDate(date))).toEqual(date);
      }),
    );
  });

  it('put the day after a month’s last day one day later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const last = formatIsoDate({ year, month, day: lastDayOfMonth(year, month) });
        const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
        expect(daysBetween(last, formatIsoDate(next))).toBe(1);
      }),
    );
  });
});
