// The parsers meet whatever a cell holds: they answer every string, and normalising twice is normalising once.
import fc from 'fast-check';
import { parseDeadline } from '../../src/core/deadlines/parseDeadline';
import { parseQuotas } from '../../src/core/quotas/parseQuotas';
import { normalizePunctuation } from '../../src/core/units/normalizePunctuation';
import { parseUnitCell } from '../../src/core/units/parseUnitCell';
import { BUILTIN_UNIT_RECORDS, createUnitRegistry } from '../../src/core/units/unitRegistry';
import { anyText, PROPERTY_RUNS } from './vocabulary';

const registry = createUnitRegistry(BUILTIN_UNIT_RECORDS);
const lexicon = registry.lexicon();

describe('on any string', () => {
  it('normalizePunctuation answers, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizePunctuation(text);
        expect(normalizePunctuation(once)).toBe(once);
      }),
      PROPERTY_RUNS,
    );
  });

  it('parseUnitCell answers with mentions that each name a unit', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const mention of parseUnitCell(text, registry)) {
          expect(mention.unit).not.toBe('');
          expect(['known', 'collective', 'unknown']).toContain(mention.status);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('parseQuotas answers with finite, non-negative amounts of registry units', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { quotas, total } = parseQuotas(text, lexicon);
        for (const quota of quotas) {
          expect(Number.isFinite(quota.amount) && quota.amount >= 0).toBe(true);
          expect(lexicon.standardOf(quota.unit)).toBe(quota.unit);
        }
        if (total) expect(Number.isFinite(total.amount) && total.amount >= 0).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });

  it('parseDeadline answers with a kind, and a due day only for a date', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2000, max: 2099 }), (text, planYear) => {
        const deadline = parseDeadline(text, planYear);
        expect(deadline.text).toBe(text);
        expect(deadline.due !== null).toBe(deadline.kind === 'date');
      }),
      PROPERTY_RUNS,
    );
  });
});
